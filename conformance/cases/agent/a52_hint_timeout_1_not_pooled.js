// catalogue 52 - test-http-client-keep-alive-hint.js, probe p09: 'Keep-Alive: timeout=1' leaves no time after the 1 s buffer, so keepSocketAlive returns false and the socket is destroyed
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: one canned response per connection.
const server = net.createServer((sock) => {
  sock.once('data', () => sock.write('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: keep-alive\r\nKeep-Alive: timeout=1\r\n\r\nok'));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 7000 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const keepSocketAlive = agent.keepSocketAlive.bind(agent);
  agent.keepSocketAlive = (socket) => {
    const result = keepSocketAlive(socket);
    log('keepSocketAlive returned', result);
    return result;
  };
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('shouldKeepAlive', req.shouldKeepAlive, 'socket destroyed', req.socket.destroyed, 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount);
      agent.destroy();
      server.close();
    }));
  });
});
