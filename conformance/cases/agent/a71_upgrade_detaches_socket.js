// catalogue 71 - test-http-upgrade-agent.js, probe p14 D: an upgrade response with a listener detaches the socket from the agent
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((c) => {
  c.once('data', () => c.write('HTTP/1.1 101 Switching Protocols\r\nConnection: upgrade\r\nUpgrade: dummy\r\n\r\nnice'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const req = http.request({ host: '127.0.0.1', port, agent, headers: { Connection: 'upgrade', Upgrade: 'dummy' } });
  req.on('socket', (socket) => {
    log("on 'socket': totalSocketCount", agent.totalSocketCount, 'sockets', sizes(agent.sockets));
    socket.on('agentRemove', () => log("socket 'agentRemove'"));
  });
  req.on('upgrade', (res, socket, head) => {
    log("on 'upgrade':", res.statusCode, 'head', head.toString(), 'totalSocketCount', agent.totalSocketCount, 'sockets', sizes(agent.sockets));
    log('agentRemove listeners left (only ours)', socket.listenerCount('agentRemove'), 'destroyed', socket.destroyed);
    socket.destroy();
    server.close();
    agent.destroy();
  });
  req.end();
});
