// audit: _http_server.js L502-515 setupConnectionsTracking starts the checker even when both timeouts are 0 (so timeouts set after createServer apply); L631-645 checkConnections -> 408
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer({
  headersTimeout: 0, requestTimeout: 0, connectionsCheckingInterval: 50,
}, () => log('request (not expected)'));

server.listen(0, '127.0.0.1', () => {
  server.headersTimeout = 100;
  server.requestTimeout = 100;
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  let got = '';
  c.on('data', (d) => { got += d.toString('latin1'); });
  c.on('connect', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n'));
  const fallback = setTimeout(() => {
    log('no answer');
    c.destroy();
    server.close();
  }, 2000);
  c.on('end', () => {
    clearTimeout(fallback);
    log('client got', got.split('\r\n'));
    server.close();
  });
});
