// catalogue 80 - probe p12 E: without a 'response' listener the response is dumped and the socket is still freed into the pool
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('a body nobody reads'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const req = http.get({ host: '127.0.0.1', port, agent });
  req.on('socket', (sock) => sock.once('free', () => {
    log("no 'response' listener: socket freed; free", sizes(agent.freeSockets), 'sockets', sizes(agent.sockets));
    const req2 = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        log('next request reuses it', req2.reusedSocket, 'same socket', req2.socket === sock, 'body', body);
        agent.destroy();
        server.close();
      });
    });
  }));
});
