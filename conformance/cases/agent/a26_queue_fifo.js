// catalogue 26 - test-http-keep-alive.js: requests beyond maxSockets wait in requests[name] (FIFO); the response callbacks see requests[name].length 2, 1, then absent (probe p05)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const body = 'hello world\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': body.length });
  res.write(body);
  res.end();
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ maxSockets: 1 });
  const headers = { 'connection': 'keep-alive' };
  const name = agent.getName({ host: '127.0.0.1', port });
  const order = [];
  for (const p of ['/a', '/b', '/c']) {
    http.get({ path: p, headers, host: '127.0.0.1', port, agent }, (response) => {
      order.push(p);
      log(p, 'sockets[name].length', agent.sockets[name].length,
          'requests[name]', agent.requests[name] === undefined ? 'absent' : agent.requests[name].length);
      response.resume();
      if (p === '/c') {
        response.on('end', () => {
          log('response order', order, 'sockets[name].length at the last end', agent.sockets[name].length,
              'requests has name', name in agent.requests);
          server.close();
        });
      }
    });
  }
  log('queued', agent.requests[name].length);
});
