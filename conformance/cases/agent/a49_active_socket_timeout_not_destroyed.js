// catalogue 49 - probe p11: an active socket that times out is not destroyed by the agent; only the request gets 'timeout' and the response still completes
'use strict';
const http = require('http');
const { log } = require('../../trace');

// The server answers after 150 ms.
const server = http.createServer((req, res) => {
  setTimeout(() => res.end('slow'), 150);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, timeout: 50 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  let timeouts = 0;
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log('response', res.statusCode, body, 'req timeouts', timeouts);
      setImmediate(() => {
        log('pooled after end: free', sizes(agent.freeSockets), 'sockets', sizes(agent.sockets));
        agent.destroy();
        server.close();
      });
    });
  });
  req.on('timeout', () => {
    timeouts++;
    setImmediate(() => log('req timeout; socket destroyed', req.socket.destroyed, 'sockets', sizes(agent.sockets), 'total', agent.totalSocketCount));
  });
});
