// catalogue 62 - test-http-agent-keepalive.js (remoteClose), probe p12 A: when the server closes an idle pooled socket, 'close' removes it from freeSockets and the next request opens a new connection
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const server = http.createServer((req, res) => {
  if (req.url === '/close-later') {
    const s = req.socket;
    res.end('x', () => setTimeout(() => s.end(), 50));
    return;
  }
  res.end('ok');
});
server.on('connection', () => connections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const state = () => ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount];
  const req = http.get({ host: '127.0.0.1', port, agent, path: '/close-later' }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const s = req.socket;
      log('after response:', ...state());
      s.on('end', () => log('pooled socket end (server closed it)'));
      s.once('close', () => setImmediate(() => {
        log('after close: destroyed', s.destroyed, ...state());
        const req2 = http.get({ host: '127.0.0.1', port, agent, path: '/' }, (res) => {
          res.resume();
          res.on('end', () => {
            log('next request: new socket', req2.socket !== s, 'reusedSocket', req2.reusedSocket, 'connections', connections);
            agent.destroy();
            server.close();
          });
        });
      }));
    }));
  });
});
