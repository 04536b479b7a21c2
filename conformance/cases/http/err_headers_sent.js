// _http_outgoing.js setHeader/removeHeader: after end() they throw ERR_HTTP_HEADERS_SENT
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
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
    attempt('setHeader in response', () => req.setHeader('X-A', '1'));
    res.resume();
    res.on('end', () => server.close());
  });
  log('headersSent before end', req.headersSent);
  req.end();
  log('headersSent after end', req.headersSent);
  attempt('setHeader', () => req.setHeader('X-A', '1'));
  attempt('removeHeader', () => req.removeHeader('host'));
  attempt('appendHeader', () => req.appendHeader('X-A', '1'));
  log('getHeader still works', req.getHeader('host') !== undefined);
});
