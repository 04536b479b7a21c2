// _http_client.js (read until EOF): a response without length is read until the server closes
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: answer the first request with fixed bytes.
const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nhello');
  });
});
const agent = false;

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'GET', path: '/', agent });
  req.on('socket', () => log('req socket'));
  req.on('finish', () => log('req finish'));
  req.on('close', () => log('req close'));
  req.on('error', (err) => log('req error', err.code));
  req.on('response', (res) => {
    log('req response', res.statusCode);
    let body = '';
    res.on('data', (d) => {
      if (body === '') log('res data');
      body += d.toString();
    });
    res.on('end', () => log('res end', body));
    res.on('close', () => {
      log('res close');
      server.close();
    });
  });
  req.end();
});
