// _http_common.js parserOnMessageComplete: res.complete is false until the whole body is parsed
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: the head first; the body only when the client asks for it.
const server = net.createServer((sock) => {
  let n = 0;
  sock.on('data', () => {
    n++;
    if (n === 1) sock.write('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\n');
  });
  server.on('more', () => sock.end('hello'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    log('response complete', res.complete);
    res.on('data', (d) => log('data', d.toString(), 'complete', res.complete));
    res.on('end', () => {
      log('end complete', res.complete);
      server.close();
    });
    server.emit('more');
  });
});
