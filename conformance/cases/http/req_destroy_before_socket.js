// catalogue 76 - test-http-client-abort-destroy.js: req.destroy() before the socket is assigned: 'error' ECONNRESET socket hang up, 'close', no 'socket'; the socket goes to the pool
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.on('data', () => log('server got data (not expected)'));
});
const agent = new http.Agent({ keepAlive: true });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent });
  req.on('socket', () => log('socket (not expected)'));
  req.on('abort', () => log('abort (not expected)'));
  req.on('error', (err) => log('error', err.code, err.message));
  req.on('close', () => {
    log('close');
    log('freeSockets', Object.values(agent.freeSockets).map((l) => l.length),
        'sockets', Object.keys(agent.sockets).length);
    agent.destroy();
    server.close();
  });
  req.destroy();
  log('destroyed', req.destroyed, 'socket', req.socket === null);
});
