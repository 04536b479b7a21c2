// catalogue 4 - reusedSocket is false for a new socket and for a queued request handed a socket on 'free'; reuseSocket is not called then (probe p05, p10)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end(req.url));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  let reuseCalls = 0;
  const origReuse = agent.reuseSocket;
  agent.reuseSocket = function(socket, req) {
    reuseCalls++;
    return origReuse.call(this, socket, req);
  };
  let first = null;
  let left = 3;
  for (const p of ['/a', '/b', '/c']) {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      if (first === null) first = req.socket;
      log(p, 'reusedSocket', req.reusedSocket, 'same socket', req.socket === first, 'reuseSocket calls', reuseCalls);
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(last);
      });
    });
  }
  function last() {
    const req = http.get({ host: '127.0.0.1', port, path: '/d', agent }, (res) => {
      log('/d', 'reusedSocket', req.reusedSocket, 'same socket', req.socket === first, 'reuseSocket calls', reuseCalls);
      res.resume();
      res.on('end', () => {
        agent.destroy();
        server.close();
      });
    });
  }
});
