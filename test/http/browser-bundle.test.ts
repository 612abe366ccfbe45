import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../helpers/processes';

// The browser build of the client library (make: dist/src/http/ringwire-client.js) must run in
// a browser as it is: one ES module that imports nothing, least of all a Node module.

const BUNDLE = join(ROOT, 'dist', 'src', 'http', 'ringwire-client.js');

test('the browser bundle imports no module at all, and no Node module reaches it', () => {
  const bundle = readFileSync(BUNDLE, 'utf8');
  const imports = [
    ...bundle.matchAll(
      /\brequire\s*\(\s*["'`]([^"'`]+)|\bfrom\s*["'`]([^"'`]+)|\bimport\s*\(\s*["'`]([^"'`]+)/g,
    ),
  ].map((match) => match[1] ?? match[2] ?? match[3]);
  expect(imports).toEqual([]);
  // Booleans, so that a failure does not print 160 KB of bundle.
  const found = (pattern: RegExp): boolean => pattern.test(bundle);
  expect(found(/require\(\s*["'`](node:|net|tls|buffer|ws|os|crypto)\b/)).toBe(false);
  expect(found(/\bprocess\.(pid|env)\b/)).toBe(false);
  // It is the client library: connect and the error class are exported.
  expect(found(/export\s*\{[^}]*\bconnect\b/)).toBe(true);
  expect(found(/export\s*\{[^}]*\bRingwireError\b/)).toBe(true);
});
