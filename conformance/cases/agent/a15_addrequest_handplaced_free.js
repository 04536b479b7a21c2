// catalogue 15 - test-http-agent-uninitialized.js: addRequest(req, {}) takes the socket placed by hand in freeSockets[getName({})] (reuseSocket, reusedSocket true, moved to sockets)
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  agent.addRequest = () => {};
  const req = http.request({ host: '127.0.0.1', port, agent });
  delete agent.addRequest;
  let reuseCalls = 0;
  const origReuse = agent.reuseSocket;
  agent.reuseSocket = function(s, r) {
    reuseCalls++;
    log('reuseSocket called with the hand-placed socket', s === socket, 'and the request', r === req);
    return origReuse.call(this, s, r);
  };
  const socket = new net.Socket();
  const name = agent.getName({});
  log('name', name);
  agent.freeSockets[name] = [socket];
  agent.addRequest(req, {});
  log('after addRequest: reuseSocket calls', reuseCalls, 'reusedSocket', req.reusedSocket,
      'freeSockets', agent.freeSockets, 'sockets[name] holds it', agent.sockets[name].length === 1 && agent.sockets[name][0] === socket,
      'totalSocketCount', agent.totalSocketCount);
  req.on('socket', (s) => {
    log("'socket' is the hand-placed socket", s === socket);
    req.destroy();
    socket.destroy();
    server.close();
  });
  req.on('error', () => {});
});
