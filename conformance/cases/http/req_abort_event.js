// catalogue 76 - test-http-client-abort-event.js, test-http-abort-before-end.js: abort() right after http.get(): 'abort', 'close', no 'error', no 'socket'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('socket', () => log('socket (not expected)'));
  req.on('abort', () => log('abort', 'aborted', req.aborted));
  req.on('error', (err) => log('error (not expected)', err.code));
  req.on('close', () => {
    log('close');
    server.close();
  });
  req.abort();
  log('aborted', req.aborted, 'destroyed', req.destroyed);
  req.abort();
});
