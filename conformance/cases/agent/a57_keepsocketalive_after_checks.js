// catalogue 57 - code [V20] 'free' handler, probes p05, p07, p20: keepSocketAlive is consulted only after the keepAlive, queue and maxFreeSockets checks pass
'use strict';
const http = require('http');
const { log } = require('../../trace');

class CountingAgent extends http.Agent {
  keepSocketAlive(socket) {
    this.calls = (this.calls || 0) + 1;
    return super.keepSocketAlive(socket);
  }
}

// Answers after 20 ms, so concurrent requests overlap.
const server = http.createServer((req, res) => setTimeout(() => res.end('ok'), 20));

function run(port, label, options, n) {
  return new Promise((resolve) => {
    const agent = new CountingAgent(options);
    let frees = 0;
    agent.on('free', () => frees++);
    let left = n;
    for (let i = 0; i < n; i++) {
      http.get({ host: '127.0.0.1', port, agent }, (res) => {
        res.resume();
        res.on('end', () => {
          if (--left === 0) {
            setTimeout(() => {
              const free = Object.values(agent.freeSockets).map((l) => l.length);
              log(label, 'requests', n, "'free' events", frees, 'keepSocketAlive calls', agent.calls || 0, 'pooled', free);
              agent.destroy();
              resolve();
            }, 30);
          }
        });
      });
    }
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await run(port, 'keepAlive false, maxSockets 4:', { maxSockets: 4 }, 1);
  await run(port, 'keepAlive, maxSockets 1 (queue hand-off):', { keepAlive: true, maxSockets: 1 }, 2);
  await run(port, 'keepAlive, maxFreeSockets 1:', { keepAlive: true, maxFreeSockets: 1 }, 2);
  await run(port, 'keepAlive, no limits:', { keepAlive: true }, 2);
  server.close();
});
