// catalogue 54 - probe p18 (nodejs/node#53458): a reused socket keeps the hint-shortened timeout, so the next request gets 'timeout' at 1000 ms
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.setHeader('Keep-Alive', 'timeout=2');
  if (req.url === '/slow') setTimeout(() => res.end('slow'), 1300); else res.end('ok');
});
server.keepAliveTimeout = 10000;

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 5000 });
  const name = agent.getName({ host: '127.0.0.1', port });
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('free socket.timeout (agent 5000, hint timeout=2)', agent.freeSockets[name][0].timeout);
      let timeouts = 0;
      const req = http.get({ host: '127.0.0.1', port, agent, path: '/slow' }, (res) => {
        res.resume();
        res.on('end', () => {
          log('/slow completed; reusedSocket', req.reusedSocket, 'req timeouts', timeouts);
          agent.destroy();
          server.close();
        });
      });
      req.on('socket', (socket) => setImmediate(() => log('reused socket.timeout during the request', socket.timeout)));
      req.on('timeout', () => {
        timeouts++;
        log('req timeout; socket destroyed', req.socket.destroyed);
      });
    }));
  });
});
