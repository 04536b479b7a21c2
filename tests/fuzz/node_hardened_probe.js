// What Node 20 throws for bad request input (test_hardened_input.py keeps the same table).
// Prints JSON {case: "throw <name> <code> <message>" | "no throw"}.
'use strict';
const http = require('http');

const cases = {
  'header name CR': { headers: { 'x\r': 'v' } },
  'header name LF': { headers: { 'x\nY': 'v' } },
  'header name trailing LF': { headers: { 'Evil\n': 'v' } },
  'header name NUL': { headers: { 'x\0': 'v' } },
  'header name space': { headers: { 'x y': 'v' } },
  'header name colon': { headers: { 'x: y': 'v' } },
  'header name empty': { headers: { '': 'v' } },
  'header value CR': { headers: { x: 'a\rb' } },
  'header value LF': { headers: { x: 'a\nb' } },
  'header value CRLF injection': { headers: { x: 'a\r\nInjected: 1' } },
  'header value trailing LF': { headers: { x: 'a\n' } },
  'header value NUL': { headers: { x: 'a\0b' } },
  'header value DEL': { headers: { x: 'a\x7fb' } },
  'header value above latin-1': { headers: { x: 'a\u0100b' } },
  'header value in an array': { headers: { x: ['ok', 'a\r\nb'] } },
  'raw header list name': { headers: ['x\r\n', 'v'] },
  'raw header list value': { headers: ['x', 'a\r\nb'] },
  'host header value': { headers: { host: 'a\r\nb' } },
  'method CR': { method: 'GE\rT' },
  'method LF': { method: 'GE\nT' },
  'method trailing LF': { method: 'GET\n' },
  'method NUL': { method: 'G\0T' },
  'method space': { method: 'GET /x' },
  'path CR': { path: '/a\rb' },
  'path LF': { path: '/a\nb' },
  'path CRLF request line': { path: '/a HTTP/1.1\r\nX: y\r\n\r\n' },
  'path NUL': { path: '/a\0b' },
  'path space': { path: '/a b' },
  'path tab': { path: '/a\tb' },
  'path above latin-1': { path: '/a\u0100b' },
  'header value tab': { headers: { x: 'a\tb' } },
  'header value latin-1': { headers: { x: 'a\xffb' } },
  'path latin-1': { path: '/a\xffb' },
  'insecureHTTPParser not boolean': { insecureHTTPParser: 'yes' },
  'maxHeaderSize negative': { maxHeaderSize: -1 },
  'maxHeaderSize not a number': { maxHeaderSize: 'big' },
};
const after = {
  'setHeader name': (req) => req.setHeader('x\r', 'v'),
  'setHeader value': (req) => req.setHeader('x', 'a\nb'),
  'setHeader trailing LF name': (req) => req.setHeader('x\n', 'v'),
  'addTrailers name': (req) => req.addTrailers({ 'x\r': 'v' }),
  'addTrailers value': (req) => req.addTrailers({ x: 'a\nb' }),
  'addTrailers value NUL': (req) => req.addTrailers({ x: 'a\0b' }),
  'addTrailers array name': (req) => req.addTrailers([['x y', 'v']]),
};
const show = (e) => `throw ${e.name} ${e.code} ${e.message}`;
const out = {};
for (const [name, options] of Object.entries(cases)) {
  try {
    const req = http.request({ host: '127.0.0.1', port: 9, agent: false, ...options });
    req.on('error', () => {});
    req.destroy();
    out[name] = 'no throw';
  } catch (e) {
    out[name] = show(e);
  }
}
for (const [name, fn] of Object.entries(after)) {
  const req = http.request({ host: '127.0.0.1', port: 9, agent: false, method: 'POST' });
  req.on('error', () => {});
  try {
    fn(req);
    out[name] = 'no throw';
  } catch (e) {
    out[name] = show(e);
  }
  req.destroy();
}
console.log(JSON.stringify(out, null, 1));
