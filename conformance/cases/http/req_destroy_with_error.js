// test-http-client-abort-destroy.js: req.destroy(new Error('x')) emits that error, then 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer(() => {});
const agent = new http.Agent({ keepAlive: true });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent });
  const mine = new Error('x');
  req.on('socket', () => log('socket (not expected)'));
  req.on('error', (err) => log('error', err === mine, err.message, err.code));
  req.on('close', () => {
    log('close');
    log('freeSockets', Object.keys(agent.freeSockets).length, 'sockets', Object.keys(agent.sockets).length,
        'total', agent.totalSocketCount);
    agent.destroy();
    server.close();
  });
  req.destroy(mine);
});
