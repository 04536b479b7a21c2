// catalogue 28 - the per-origin count is free + active: a request reuses a free socket even when free + active is at maxSockets; a request that needs a new socket is queued (code sockLen)
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const server = http.createServer((req, res) => res.end(req.url));
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const st = () => ({ sockets: P(agent.sockets), free: P(agent.freeSockets), requests: P(agent.requests) });
  let left = 2;
  for (const p of ['/1', '/2']) {
    http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(phase2);
      });
    });
  }
  function phase2() {
    log('pool filled', st());
    let remaining = 3;
    for (const p of ['/3', '/4', '/5']) {
      const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (--remaining === 0) setImmediate(() => {
            log('done', st(), 'connections', connections);
            agent.destroy();
            server.close();
          });
        });
      });
      log('issued', p, 'reusedSocket', req.reusedSocket, st());
    }
  }
});
