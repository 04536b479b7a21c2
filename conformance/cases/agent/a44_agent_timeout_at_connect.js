// catalogue 44 - test-http-agent-timeout-option.js (probe p11): the agent's timeout reaches createConnection
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// The server accepts the request and never answers.
const server = http.createServer((req, res) => {});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ timeout: 50 });
  agent.createConnection = (options, cb) => {
    log('createConnection options.timeout', options.timeout);
    const socket = net.createConnection(options, cb);
    log('socket.timeout right after creation', socket.timeout, 'connecting', socket.connecting);
    return socket;
  };
  const req = http.get({ host: '127.0.0.1', port, agent });
  req.on('socket', (socket) => log('req socket: socket.timeout', socket.timeout));
  req.on('timeout', () => {
    log('req timeout');
    req.abort();
  });
  req.on('error', (e) => log('req error', e.code, e.message));
  req.on('close', () => {
    log('req close');
    server.close();
  });
});
