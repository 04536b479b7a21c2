// catalogue 14 - test-http-agent-uninitialized.js: addRequest with a hand-placed, never-connected net.Socket in freeSockets does not crash; the request fails on that socket
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  // Hold the request back on the first addRequest call, as an Agent-like hook may.
  agent.addRequest = () => {};
  const req = http.request({ host: '127.0.0.1', port, agent });
  delete agent.addRequest;
  const socket = new net.Socket();
  agent.freeSockets[agent.getName({})] = [socket];
  agent.addRequest(req, {});
  req.on('socket', (s) => log("'socket' is the hand-placed socket", s === socket));
  req.on('error', (e) => log("req 'error'", e.code, e.message));
  const C = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k] = m[k].length;
    return o;
  };
  req.on('close', () => {
    log("req 'close': socket destroyed", socket.destroyed, 'sockets', C(agent.sockets), 'totalSocketCount', agent.totalSocketCount);
    server.close();
  });
  req.end();
});
