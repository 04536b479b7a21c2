// catalogue 55 - test-http-agent-keep-alive-timeout-buffer.js (v24.7+): on v20 the agentKeepAliveTimeoutBuffer option is ignored and the hint buffer stays 1000 ms
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const CASES = [
  [{ keepAlive: true, timeout: 7000, agentKeepAliveTimeoutBuffer: 0 }, 'Keep-Alive: timeout=2'],
  [{ keepAlive: true, timeout: 7000, agentKeepAliveTimeoutBuffer: 500 }, 'Keep-Alive: timeout=2'],
  [{ keepAlive: true, timeout: 7000, agentKeepAliveTimeoutBuffer: 'x' }, 'Keep-Alive: timeout=5'],
];
let header = '';
// A raw server: one canned response per connection, carrying the current header.
const server = net.createServer((sock) => {
  sock.once('data', () => sock.write(`HTTP/1.1 200 OK\r\nContent-Length: 2\r\n${header}\r\n\r\nok`));
});

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const [options, h] of CASES) {
    header = h;
    const agent = new http.Agent(options);
    const name = agent.getName({ host: '127.0.0.1', port });
    await new Promise((resolve) => {
      http.get({ host: '127.0.0.1', port, agent }, (res) => {
        res.resume();
        res.on('end', () => setImmediate(resolve));
      });
    });
    const free = agent.freeSockets[name] || [];
    log(options, h, '-> pooled', free.length === 1, 'free socket.timeout', free.length ? free[0].timeout : null);
    agent.destroy();
  }
  server.close();
});
