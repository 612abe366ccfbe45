// Injected into the browser bundle (esbuild --inject) as the `Buffer` the library uses: the
// `buffer` package, Node's Buffer API written for browsers.
export { Buffer } from 'buffer';
