// test-http-invalidheaderfield2.js, _http_outgoing.js setHeader: CR/LF in a value, a bad name and undefined throw; the request still goes out
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', (d) => {
    log('server saw X-Ok', d.toString().includes('X-Ok: fine'), 'X-Bad', d.toString().includes('X-Bad'));
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
});

function attempt(label, fn) {
  try {
    fn();
    log(label, 'no throw');
  } catch (err) {
    log(label, err.code, err instanceof TypeError, err.message);
  }
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    log('response', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
  attempt('CRLF value', () => req.setHeader('X-Bad', 'a\r\nb'));
  attempt('LF value', () => req.setHeader('X-Bad', 'a\nb'));
  attempt('NUL value', () => req.setHeader('X-Bad', 'a\u0000b'));
  attempt('bad name', () => req.setHeader('X Bad', 'v'));
  attempt('name with colon', () => req.setHeader('X-Bad:', 'v'));
  attempt('undefined value', () => req.setHeader('X-Bad', undefined));
  attempt('ok', () => req.setHeader('X-Ok', 'fine'));
  req.end();
});
