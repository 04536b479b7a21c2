// catalogue 64 - test-http-agent-destroyed-socket.js, probe p14 C: when the active socket dies while a request is queued, the agent opens a fresh socket for the queue head
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const urls = [];
const server = http.createServer((req, res) => {
  urls.push(req.url);
  if (req.url === '/die') { req.socket.destroy(); return; }
  setTimeout(() => res.end(req.url), 30);
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const r1 = http.get({ host: '127.0.0.1', port, agent, path: '/die' });
  r1.on('error', (e) => log('r1 error', e.code, e.message, 'requests', sizes(agent.requests)));
  const r2 = http.get({ host: '127.0.0.1', port, agent, path: '/after' }, (res) => {
    log('r2 response: requests', sizes(agent.requests), 'new socket', r2.socket !== r1.socket, 'reusedSocket', r2.reusedSocket);
    res.resume();
    res.on('end', () => {
      log('server saw', urls, 'connections', connections);
      agent.destroy();
      server.close();
    });
  });
  log('queued: sockets', sizes(agent.sockets), 'requests', sizes(agent.requests));
});
