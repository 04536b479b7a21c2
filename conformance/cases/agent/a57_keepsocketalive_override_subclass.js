// catalogue 57, 58 - test-http-keepalive-override.js (probe p10): keepSocketAlive/reuseSocket overridden in a subclass; a falsy keepSocketAlive destroys the socket
'use strict';
const http = require('http');
const { log } = require('../../trace');

let called = 0;
let expectedSocket;

class MyAgent extends http.Agent {
  keepSocketAlive(socket) {
    called++;
    log('keepSocketAlive call', called, 'socket given', !!socket);
    if (called === 1) {
      return false;
    } else if (called === 2) {
      expectedSocket = socket;
      return super.keepSocketAlive(socket);
    }
    log('third call gets the reused socket', socket === expectedSocket);
    return false;
  }

  reuseSocket(socket, req) {
    log('reuseSocket: expected socket', socket === expectedSocket, 'req given', !!req);
    return super.reuseSocket(socket, req);
  }
}

const server = http.createServer((req, res) => {
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const agent = new MyAgent({
    keepAlive: true,
    maxSockets: 5,
    maxFreeSockets: 2,
  });
  const name = agent.getName({ host: '127.0.0.1', port: server.address().port });

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
