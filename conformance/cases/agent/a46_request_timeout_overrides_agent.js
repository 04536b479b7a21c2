// catalogue 46 - test-http-client-timeout-option-with-agent.js (probe p11): a request timeout that differs from the agent's is applied on assignment and fires exactly once
'use strict';
const http = require('http');
const { log } = require('../../trace');

// The server answers after 150 ms.
const server = http.createServer((req, res) => {
  setTimeout(() => res.end('slow'), 150);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 1000 });
  let timeouts = 0;
  const req = http.get({ host: '127.0.0.1', port, agent, timeout: 50 }, (res) => {
    res.resume();
    res.on('end', () => {
      log('response end; req timeouts', timeouts);
      agent.destroy();
      server.close();
    });
  });
  req.on('socket', (socket) => {
    setImmediate(() => log('assigned socket.timeout', socket.timeout));
  });
  req.on('timeout', () => {
    timeouts++;
    log('req timeout', timeouts, 'socket destroyed', req.socket.destroyed);
  });
});
