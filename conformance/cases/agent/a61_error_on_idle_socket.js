// catalogue 61 - test-http-agent-error-on-idle.js (probe p10): an 'error' on a free socket destroys it, emits 'agentRemove' and drops it from the pool at once
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.end('hello world');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const requestParams = { host: '127.0.0.1', port, agent, path: '/' };
  const socketKey = agent.getName(requestParams);

  http.get(requestParams, (res) => {
    log('status', res.statusCode);
    res.resume();
    res.on('end', () => {
      process.nextTick(() => {
        const freeSockets = agent.freeSockets[socketKey];
        log('free sockets', freeSockets.length, 'total', agent.totalSocketCount);
        // Generate a random error on the free socket.
        const freeSocket = freeSockets[0];
        freeSocket.on('agentRemove', () => log('agentRemove emitted'));
        freeSocket.on('close', () => log('free socket close'));
        freeSocket.emit('error', new Error('ECONNRESET: test'));
        log('after emit: destroyed', freeSocket.destroyed, 'free', sizes(agent.freeSockets), 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount);
        const req = http.get(requestParams, (res) => {
          log('next request: new socket', req.socket !== freeSocket, 'reusedSocket', req.reusedSocket, 'free', sizes(agent.freeSockets));
          res.resume();
          res.on('end', () => {
            agent.destroy();
            server.close();
          });
        });
      });
    });
  });
});
