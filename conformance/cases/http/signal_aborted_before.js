// _http_client.js (options.signal): a signal aborted before http.get() gives AbortError ABORT_ERR, then 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const controller = new AbortController();
  controller.abort();
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false, signal: controller.signal });
  log('destroyed', req.destroyed);
  req.on('socket', () => log('socket (not expected)'));
  req.on('abort', () => log('abort (not expected)'));
  req.on('error', (err) => {
    log('error', err.code, err.name, err.message, err instanceof TypeError);
    log('cause is signal.reason', err.cause === controller.signal.reason);
  });
  req.on('close', () => {
    log('close');
    server.close();
  });
});
