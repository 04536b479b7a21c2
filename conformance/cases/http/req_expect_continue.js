// test-http-expect-continue.js: with Expect: 100-continue the client waits for 'continue' to send the body
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: answer the head with 100 Continue, then the body with 200.
const server = net.createServer((sock) => {
  let buf = '';
  let continued = false;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!continued) {
      if (!buf.includes('\r\n\r\n')) return;
      continued = true;
      const port = String(server.address().port);
      for (const line of buf.split(port).join('PORT').split('\r\n')) log('|' + line);
      buf = '';
      sock.write('HTTP/1.1 100 Continue\r\n\r\n');
      return;
    }
    if (buf.length < 4) return;
    log('server: body', buf);
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({
    port, host: '127.0.0.1', method: 'POST', path: '/',
    headers: { Expect: '100-continue', 'Content-Length': 4 },
  });
  req.on('continue', () => {
    log('client: continue');
    req.end('body');
  });
  req.on('information', (info) => log('client: information', info.statusCode));
  req.on('response', (res) => {
    log('client: response', res.statusCode);
    res.resume();
    res.on('end', () => {
      log('client: end');
      server.close();
    });
  });
});
