// The ES module entry of the package (`import ... from 'ringwire'`): the CommonJS client
// library's exports, so both module systems share one implementation and one RingwireError.
export * from '../client/index.js';
