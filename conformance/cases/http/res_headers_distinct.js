// _http_incoming.js headersDistinct: every response header as a list, duplicates kept
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
    log('names', Object.keys(res.headersDistinct));
    for (const name of Object.keys(res.headersDistinct)) log(name, res.headersDistinct[name]);
    res.resume();
    res.on('end', () => server.close());
  });
});
