// catalogue 1-3, 91 - a keep-alive https agent reuses one TLS socket for sequential requests: one server connection, reusedSocket false then true (probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');

let connections = 0;
let secureConnections = 0;
const server = https.createServer({ key, cert }, (req, res) => res.end(req.url));
server.on('connection', () => connections++);
server.on('secureConnection', () => secureConnections++);

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true, maxSockets: 1 });
  let first;
  let i = 0;
  function next() {
    if (++i > 3) {
      log('server connections', connections, 'secure connections', secureConnections);
      agent.destroy();
      server.close();
      return;
    }
    const req = https.get({ host: 'localhost', port, ca, agent, path: `/r${i}` }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => {
        if (!first) first = req.socket;
        log(`request ${i}:`, body, 'reusedSocket', req.reusedSocket, 'same socket', req.socket === first,
            'encrypted', req.socket.encrypted, 'authorized', req.socket.authorized);
        setImmediate(() => {
          log('  free', Object.values(agent.freeSockets).map((l) => l.length), 'active', Object.keys(agent.sockets).length, 'total', agent.totalSocketCount);
          next();
        });
      });
    });
  }
  next();
});
