// test-http-client-aborted-event.js, _http_client.js socketCloseListener: a response cut off mid-body emits res 'aborted', res 'error' ECONNRESET 'aborted', then 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: promise 10 bytes, send 3, then reset the connection when told.
const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: 10\r\n\r\nabc');
  });
  server.once('cut', () => sock.destroy());
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('error', (err) => log('req error (not expected)', err.code));
  req.on('close', () => log('req close'));
  req.on('response', (res) => {
    log('response', res.statusCode);
    res.on('data', (d) => {
      log('data', d.toString());
      server.emit('cut');
    });
    res.on('aborted', () => log('res aborted', res.aborted, 'complete', res.complete));
    res.on('error', (err) => log('res error', err.code, err.message));
    res.on('end', () => log('res end (not expected)'));
    res.on('close', () => {
      log('res close', 'destroyed', res.destroyed);
      server.close();
    });
  });
});
