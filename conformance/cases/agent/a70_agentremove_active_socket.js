// catalogue 70 - test-http-agent-remove.js, probe p12 C: 'agentRemove' on an active socket detaches it (count drops, listeners removed) without destroying it; after the response it is neither pooled nor destroyed
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const state = () => ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount];
  const EVENTS = ['free', 'close', 'timeout', 'agentRemove'];
  const counts = (s) => EVENTS.map((e) => s.listenerCount(e));
  let frees = 0;
  agent.on('free', () => frees++);
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setTimeout(() => {
      log('after response end:', ...state(), 'socket destroyed', req.socket.destroyed, "agent 'free' events", frees);
      req.socket.destroy();
      agent.destroy();
      server.close();
    }, 20));
  });
  req.on('socket', (socket) => {
    log('before agentRemove:', ...state());
    const before = counts(socket);
    socket.emit('agentRemove');
    log('after agentRemove:', ...state(), 'destroyed', socket.destroyed, '_httpMessage is req', socket._httpMessage === req);
    const after = counts(socket);
    log('agent listeners removed:', EVENTS.map((e, i) => `${e} ${before[i] - after[i]}`).join(', '), '; agentRemove left', after[3], 'free left', after[0]);
  });
});
