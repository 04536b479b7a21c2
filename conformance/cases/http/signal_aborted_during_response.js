// _http_client.js (options.signal): aborting while the body is arriving aborts the response
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const controller = new AbortController();
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false, signal: controller.signal });
  req.on('error', (err) => log('req error', err.code, err.name));
  req.on('close', () => log('req close'));
  req.on('response', (res) => {
    log('response', res.statusCode);
    res.on('data', (d) => {
      log('data', d.toString());
      controller.abort();
    });
    res.on('aborted', () => log('res aborted'));
    res.on('error', (err) => log('res error', err.code, err.name, err.message));
    res.on('end', () => log('res end (not expected)'));
    res.on('close', () => {
      log('res close');
      server.close();
    });
  });
});
