// catalogue 71 - test-http-upgrade-agent.js: a 101 emits 'upgrade' (res, socket, head) and the socket leaves the agent
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: switch protocols (with bytes after the head), then answer
// 'ping' with 'pong' and close.
const server = net.createServer((sock) => {
  let upgraded = false;
  sock.on('data', (d) => {
    if (!upgraded) {
      upgraded = true;
      sock.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: test\r\n\r\nhello');
      return;
    }
    log('server got', d.toString());
    sock.end('pong');
  });
});

const agent = new http.Agent({ keepAlive: true });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.request({
    port, host: '127.0.0.1', path: '/', agent,
    headers: { Connection: 'Upgrade', Upgrade: 'test' },
  });
  req.on('response', () => log('response (not expected)'));
  req.on('close', () => log('req close'));
  req.on('upgrade', (res, socket, head) => {
    log('upgrade', res.statusCode, res.statusMessage, res.headers);
    log('head', head.toString());
    log('agent sockets', Object.keys(agent.sockets).length, 'total', agent.totalSocketCount);
    socket.on('data', (d) => log('socket data', d.toString()));
    socket.on('end', () => log('socket end'));
    socket.on('close', () => {
      log('socket close');
      agent.destroy();
      server.close();
    });
    socket.write('ping');
  });
  req.end();
});
