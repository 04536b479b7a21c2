// catalogue 42 - only the head of the free list is checked for destroyed: under lifo a destroyed tail that has not emitted 'close' is handed out and the request fails with ECONNRESET (probe p21)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true });
  const name = agent.getName({ host: '127.0.0.1', port });
  let left = 2;
  for (const p of ['/1', '/2']) {
    http.get({ host: '127.0.0.1', port, agent, path: p }, (res) => {
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(step2);
      });
    });
  }
  function step2() {
    const pool = agent.freeSockets[name];
    const head = pool[0];
    const tail = pool[pool.length - 1];
    log('pool', P(agent.freeSockets), 'total', agent.totalSocketCount);
    tail.destroy();
    const req = http.get({ host: '127.0.0.1', port, agent }, () => log('unexpected response'));
    log('after http.get: reusedSocket', req.reusedSocket, 'freeSockets', P(agent.freeSockets), 'head still pooled', agent.freeSockets[name][0] === head);
    req.on('socket', (s) => log("'socket' is the destroyed tail", s === tail, 'destroyed', s.destroyed));
    req.on('error', (e) => log("req 'error'", e.code, e.message));
    req.on('close', () => setImmediate(() => {
      log("req 'close'", 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets), 'total', agent.totalSocketCount);
      agent.destroy();
      server.close();
    }));
  }
});
