// test-http-flush-headers.js: flushHeaders() sends the head before any body; the body follows chunked
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: print the head as soon as it arrives and answer at once;
// then print the chunked body when it is complete.
const server = net.createServer((sock) => {
  let buf = '';
  let answered = false;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!answered) {
      if (!buf.includes('\r\n\r\n')) return;
      answered = true;
      const port = String(server.address().port);
      for (const line of buf.split(port).join('PORT').split('\r\n')) log('|' + line);
      buf = '';
      sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok');
      return;
    }
    if (!buf.endsWith('\r\n0\r\n\r\n')) return;
    log('server: body', buf.split('\r\n'));
    sock.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/', agent: false });
  req.flushHeaders();
  log('headersSent', req.headersSent);
  req.on('response', (res) => {
    log('client: response', res.statusCode);
    res.resume();
    req.end('body');
  });
});
