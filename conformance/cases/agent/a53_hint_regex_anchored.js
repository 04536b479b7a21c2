// catalogue 53 - probe p09: the hint regex is anchored (/^timeout=(\d+)/): 'max=5, timeout=9' is ignored, 'timeout=2, max=100' is honoured
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const CASES = [
  [{ keepAlive: true, timeout: 7000 }, 'Keep-Alive: max=5, timeout=9'],
  [{ keepAlive: true, timeout: 7000 }, 'Keep-Alive: timeout=2, max=100'],
  [{ keepAlive: true, timeout: 7000 }, 'Keep-Alive: timeout=5'],
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
