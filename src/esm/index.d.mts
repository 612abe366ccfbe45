// Types of the ES module entry: those of the CommonJS client library it re-exports.
export * from '../client/index.js';
