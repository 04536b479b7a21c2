// catalogue 43 - test-http-agent-timeout.js (block 3): a destroyed socket at the head of the free list is skipped; socket.destroy() in 'free' then http.get gets a new socket
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end());
let connections = 0;
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true });
  let socket;
  http.get({ host: '127.0.0.1', port, agent }).on('response', (res) => {
    socket = res.socket;
    res.resume();
    socket.on('free', () => {
      log("'free': pooled", P(agent.freeSockets));
      socket.destroy();
      const req = http.get({ host: '127.0.0.1', port, agent });
      log('after destroy + http.get: freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets),
          'total', agent.totalSocketCount, 'reusedSocket', req.reusedSocket);
      req.on('response', (res2) => {
        log('response', res2.statusCode, 'new socket', res2.socket !== socket, 'old destroyed', socket.destroyed, 'connections', connections);
        res2.resume();
        res2.on('end', () => {
          agent.destroy();
          server.close();
        });
      });
    });
  });
});
