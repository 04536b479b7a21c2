// catalogue 72 - code [V20] 'free' handler, test-http-agent-destroyed-socket.js: a 'free' on a socket that is no longer writable destroys it instead of pooling it
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  agent.on('free', (socket) => {
    log("agent 'free' (after the internal handler): writable", socket.writable, 'destroyed', socket.destroyed, 'free', sizes(agent.freeSockets));
  });
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      // Half-close before the socket is freed (one tick after 'end').
      req.socket.end();
      log('after socket.end(): writable', req.socket.writable, 'destroyed', req.socket.destroyed);
      req.socket.on('close', () => setImmediate(() => {
        log('after close: sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount);
        agent.destroy();
        server.close();
      }));
    });
  });
});
