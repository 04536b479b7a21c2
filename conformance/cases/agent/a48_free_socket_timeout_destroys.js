// catalogue 48 - test-http-agent-timeout.js (block 2), probe p11: a free socket that times out is destroyed and removed; the next request opens a new socket
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 50 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const socket = Object.values(agent.freeSockets)[0][0];
      log('pooled: free', sizes(agent.freeSockets), 'total', agent.totalSocketCount, 'socket.timeout', socket.timeout);
      socket.on('timeout', () => log('free socket timeout'));
      socket.on('close', () => {
        log('free socket close: destroyed', socket.destroyed, 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount);
        const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
          res.resume();
          res.on('end', () => {
            log('next request: new socket', req.socket !== socket, 'reusedSocket', req.reusedSocket);
            agent.destroy();
            server.close();
          });
        });
      });
    }));
  });
});
