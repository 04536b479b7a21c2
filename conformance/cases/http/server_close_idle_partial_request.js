// audit: _http_server.js L585-599 closeIdleConnections uses the ConnectionsList's idle() (no message started): a connection that sent part of a request head is not idle
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request', req.url);
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  let got = '';
  c.on('data', (d) => { got += d.toString('latin1'); });
  c.on('connect', () => {
    c.write('GET /partial HTTP/1.1\r\nHost: x\r\n');
    setTimeout(() => {
      server.closeIdleConnections();
      log('closeIdleConnections called');
      setTimeout(() => {
        log('still open', !c.destroyed);
        c.end('\r\n');
      }, 100);
    }, 100);
  });
  c.on('end', () => {
    log('client got', got.split('\r\n')[0]);
    server.close();
  });
});
