// catalogue 3 - test-http-keepalive-request.js: 10 sequential keep-alive requests reach the server on one connection
'use strict';
const http = require('http');
const { log } = require('../../trace');

let connections = 0;
const seen = [];
const server = http.createServer((req, res) => {
  if (!seen.includes(req.socket)) seen.push(req.socket);
  res.end(req.url);
});
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const reused = [];
  let n = 0;
  const next = () => {
    if (n === 10) {
      log('reusedSocket', reused);
      log('connections accepted', connections, 'server-side sockets', seen.length);
      server.getConnections((err, count) => {
        log('getConnections', err, count);
        agent.destroy();
        server.close();
      });
      return;
    }
    n++;
    const req = http.get({ host: '127.0.0.1', port, path: '/' + n, agent }, (res) => {
      reused.push(req.reusedSocket);
      res.resume();
      res.on('end', () => setImmediate(next));
    });
  };
  next();
});
