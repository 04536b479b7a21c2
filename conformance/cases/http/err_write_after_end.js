// _http_outgoing.js write_: write() after end() gives ERR_STREAM_WRITE_AFTER_END to the callback and as 'error'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\nConnection: close\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/', agent: false }, (res) => {
    log('response', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
  req.on('error', (err) => log('error event', err.code, err instanceof TypeError, err.message));
  req.end('a');
  const ret = req.write('b', (err) => log('write callback', err.code));
  log('write returned', ret);
});
