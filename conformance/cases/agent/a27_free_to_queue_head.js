// catalogue 27 - a freed socket goes to the head of the queue first and is pooled only when nothing is queued; one connection serves all (probe p05)
'use strict';
const http = require('http');
const { log } = require('../../trace');

let conns = 0;
const server = http.createServer((req, res) => {
  log('server got', req.url, 'conn#', req.socket.n);
  res.end(req.url);
});
server.on('connection', (s) => { s.n = ++conns; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const st = () => ({ sockets: P(agent.sockets), requests: P(agent.requests), free: P(agent.freeSockets) });
  agent.on('free', () => log("agent 'free'", st()));
  let left = 3;
  for (const p of ['/a', '/b', '/c']) {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      log('client response', p, 'reusedSocket', req.reusedSocket, st());
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(() => {
          log('final', st(), 'connections', conns);
          agent.destroy();
          server.close();
        });
      });
    });
    req.on('socket', () => log("client 'socket'", p));
  }
  log('after 3 requests issued', st());
});
