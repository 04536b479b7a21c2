// catalogue 75 - probe p14 A: destroy() on a queued request emits 'error' ECONNRESET "socket hang up" and 'close' only when its turn in the queue comes; its socket passes to the next request
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const urls = [];
const server = http.createServer((req, res) => {
  urls.push(req.url);
  setTimeout(() => res.end(req.url), 30);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const name = agent.getName({ host: '127.0.0.1', port });
  const r1 = http.get({ host: '127.0.0.1', port, agent, path: '/1' }, (res) => {
    res.resume();
    res.on('end', () => log('r1 end; queue length (r2, r3)', (agent.requests[name] || []).length));
  });
  const r2 = http.get({ host: '127.0.0.1', port, agent, path: '/2' }, () => log('r2 response?!'));
  r2.on('error', (e) => log("queued r2 'error'", e.code, e.message));
  r2.on('close', () => log("queued r2 'close'; socket assigned", !!r2.socket));
  r2.destroy();
  log('right after r2.destroy(): requests', (agent.requests[name] || []).length, 'r2.destroyed', r2.destroyed);
  const r3 = http.get({ host: '127.0.0.1', port, agent, path: '/3' }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('r3 done; server saw', urls, 'connections', connections, 'r3.reusedSocket', r3.reusedSocket, 'same socket as r1', r3.socket === r1.socket);
      agent.destroy();
      server.close();
    }));
  });
});
