// test-http-client-set-timeout.js, _http_client.js setTimeout: req.setTimeout(ms, cb) returns req; cb runs as a 'timeout' listener, before listeners added later
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  const ret = req.setTimeout(50, () => {
    log('setTimeout callback');
    req.destroy(new Error('gave up'));
  });
  log('returns req', ret === req, 'timeout listeners', req.listenerCount('timeout'));
  req.on('timeout', () => log('timeout listener'));
  req.on('error', (err) => log('error', err.message));
  req.on('close', () => {
    log('close');
    server.close();
  });
});
