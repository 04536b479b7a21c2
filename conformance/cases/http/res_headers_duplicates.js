// _http_incoming.js _addHeaderLine: duplicate response headers (set-cookie list, first wins, ", " and "; " joins) and rawHeaders
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const RESPONSE = 'HTTP/1.1 200 OK\r\n' +
  'Content-Type: text/plain\r\n' +
  'content-type: text/html\r\n' +
  'Set-Cookie: a=1\r\n' +
  'set-cookie: b=2\r\n' +
  'X-Foo: 1\r\n' +
  'x-foo: 2\r\n' +
  'Cookie: c=1\r\n' +
  'Cookie: d=2\r\n' +
  'Age: 1\r\n' +
  'Age: 2\r\n' +
  'Location: /a\r\n' +
  'Location: /b\r\n' +
  'Vary: Accept\r\n' +
  'Vary: Origin\r\n' +
  'Content-Length: 2\r\n' +
  'Connection: close\r\n\r\nok';

const server = net.createServer((sock) => {
  sock.once('data', () => sock.end(RESPONSE));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    log('header names', Object.keys(res.headers));
    for (const name of Object.keys(res.headers)) log(name, res.headers[name]);
    log('rawHeaders', res.rawHeaders);
    res.resume();
    res.on('end', () => server.close());
  });
});
