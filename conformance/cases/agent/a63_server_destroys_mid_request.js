// catalogue 63 - test-http-agent-keepalive.js (remoteError), probe p14 C: a server that destroys the socket mid-request gives the request ECONNRESET "socket hang up"; the agent drops the socket on its 'close'
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  req.socket.destroy();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const req = http.get({ host: '127.0.0.1', port, agent, path: '/die' }, () => log('response?!'));
  req.on('socket', (s) => {
    log('socket: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount);
    s.on('close', () => log('socket close'));
  });
  req.on('error', (e) => log('req error', e.code, e.message, 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount));
  req.on('close', () => {
    log('req close');
    setImmediate(() => {
      log('later: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount);
      agent.destroy();
      server.close();
    });
  });
});
