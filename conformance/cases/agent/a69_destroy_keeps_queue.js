// catalogue 69 - probe p19: agent.destroy() does not cancel queued requests; the active socket's 'close' makes removeSocket open a new socket and the queued request completes
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const server = http.createServer((req, res) => setTimeout(() => res.end(req.url), 50));
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const r1 = http.get({ host: '127.0.0.1', port, agent, path: '/1' }, (res) => res.resume());
  r1.on('error', (e) => log('r1 error', e.code, e.message, 'requests', sizes(agent.requests)));
  const r2 = http.get({ host: '127.0.0.1', port, agent, path: '/2' }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log('r2 (queued at destroy time) got', body, 'on a new socket', r2.socket !== r1.socket, 'connections', connections);
      agent.destroy();
      server.close();
    });
  });
  r1.on('socket', (s) => s.on('connect', () => {
    log('destroy() with requests', sizes(agent.requests), 'sockets', sizes(agent.sockets));
    agent.destroy();
    log('after destroy(): requests', sizes(agent.requests));
  }));
});
