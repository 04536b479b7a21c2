// catalogue 82, 10 - test-http-agent.js (test2), test-http-createConnection.js (probe p13): createConnection calling back with an error makes the request emit it; N x M failing requests do not explode; sockets[name] = [] is left behind
'use strict';
const http = require('http');
const { log } = require('../../trace');

const N = 4;
const M = 4;
let served = 0;
const server = http.createServer((req, res) => { served++; res.end(); });

class FailingAgent extends http.Agent {
  createConnection(_, cb) {
    process.nextTick(cb, new Error('nothing'));
  }
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  // One request, createConnection assigned on the instance.
  {
    const agent = new http.Agent({ keepAlive: true });
    agent.createConnection = (opts, cb) => { process.nextTick(cb, new Error('Could not create socket')); };
    await new Promise((resolve) => {
      const req = http.get({ host: '127.0.0.1', port, agent }, () => log('response?!'));
      req.on('error', (e) => log("req 'error'", e.message, 'total', agent.totalSocketCount, 'sockets', sizes(agent.sockets)));
      req.on('close', () => { log("req 'close' destroyed", req.destroyed); resolve(); });
    });
  }
  // N x M concurrent requests on an agent whose createConnection always fails.
  {
    const agent = new FailingAgent();
    const messages = new Set();
    let errors = 0;
    await new Promise((resolve) => {
      for (let i = 0; i < N; i++) {
        setTimeout(() => {
          for (let j = 0; j < M; j++) {
            const req = http.get({ host: '127.0.0.1', port, path: '/', agent }, () => log('response?!'));
            req.on('error', (e) => {
              messages.add(e.message);
              if (++errors === N * M) setImmediate(resolve);
            });
          }
        }, i);
      }
    });
    log('errors', errors, 'messages', [...messages], 'total', agent.totalSocketCount, 'sockets', sizes(agent.sockets), 'requests', sizes(agent.requests), 'served', served);
  }
  server.close();
});
