// catalogue 57, 58 - test-http-keepalive-override.js (probe p10): keepSocketAlive/reuseSocket assigned on the instance; a falsy keepSocketAlive destroys the socket
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({
    keepAlive: true,
    maxSockets: 5,
    maxFreeSockets: 2,
  });
  const name = agent.getName({ host: '127.0.0.1', port: server.address().port });

  const keepSocketAlive = agent.keepSocketAlive;
  const reuseSocket = agent.reuseSocket;

  let called = 0;
  let expectedSocket;
  agent.keepSocketAlive = (socket) => {
    called++;
    log('keepSocketAlive call', called, 'socket given', !!socket);
    if (called === 1) {
      return false;
    } else if (called === 2) {
      expectedSocket = socket;
      return keepSocketAlive.call(agent, socket);
    }
    log('third call gets the reused socket', socket === expectedSocket);
    return false;
  };

  agent.reuseSocket = (socket, req) => {
    log('reuseSocket: expected socket', socket === expectedSocket, 'req given', !!req);
    return reuseSocket.call(agent, socket, req);
  };

  function req(callback) {
    const r = http.request({
      method: 'GET',
      host: '127.0.0.1',
      path: '/',
      agent,
      port: server.address().port,
    }, (res) => {
      res.resume();
      res.once('end', () => {
        setImmediate(() => {
          log('after request: socket destroyed', r.socket.destroyed, 'free', (agent.freeSockets[name] || []).length, 'reusedSocket', r.reusedSocket);
          callback();
        });
      });
    });
    r.end();
  }

  // Should destroy socket instead of keeping it alive
  req(() => {
    // Should keep socket alive
    req(() => {
      // Should reuse the socket
      req(() => {
        log('keepSocketAlive calls', called);
        server.close();
      });
    });
  });
});
