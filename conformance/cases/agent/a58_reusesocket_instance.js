// catalogue 58, 4 - test-http-keepalive-override.js, probes p04, p05: reuseSocket (assigned on the instance) runs once per pooled reuse, never for new sockets or queue hand-offs
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 10));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const name = agent.getName({ host: '127.0.0.1', port });
  const reuseSocket = agent.reuseSocket;
  let reuseCalls = 0;
  agent.reuseSocket = (socket, req) => {
    reuseCalls++;
    log('reuseSocket: the pooled socket', socket === lastFree, 'req.path', req.path, 'free left', (agent.freeSockets[name] || []).length);
    return reuseSocket(socket, req);
  };
  let lastFree = null;
  const sockets = [];
  let left = 3;
  for (const path of ['/1', '/2', '/3']) {
    const req = http.get({ host: '127.0.0.1', port, agent, path }, (res) => {
      res.resume();
      res.on('end', () => {
        log(path, 'reusedSocket', req.reusedSocket, 'reuseCalls', reuseCalls);
        if (--left === 0) setImmediate(next);
      });
    });
    req.on('socket', (s) => sockets.push(s));
  }
  function next() {
    log('one socket served all three', sockets.every((s) => s === sockets[0]));
    lastFree = agent.freeSockets[name][0];
    const req = http.get({ host: '127.0.0.1', port, agent, path: '/4' }, (res) => {
      res.resume();
      res.on('end', () => {
        log('/4 reusedSocket', req.reusedSocket, 'same socket', req.socket === sockets[0], 'reuseCalls', reuseCalls);
        agent.destroy();
        server.close();
      });
    });
    log('after http.get returned: reuseCalls', reuseCalls, 'req.socket', req.socket);
  }
});
