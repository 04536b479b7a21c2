// catalogue 3 - test-http-unix-socket-keep-alive.js: sequential keep-alive requests over a unix socket share one connection; the pool key ends with the socket path (probe p17)
'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { log } = require('../../trace');

const sockPath = path.join(os.tmpdir(), `conformance-a03-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch {}
const server = http.createServer((req, res) => res.end('unix'));
server.listen(sockPath, () => {
  const agent = new http.Agent({ keepAlive: true });
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(sockPath).join('<sock>')] = m[k].length;
    return o;
  };
  let n = 0;
  const next = () => {
    if (n === 3) {
      log('freeSockets', P(agent.freeSockets));
      server.getConnections((err, count) => {
        log('getConnections', err, count);
        agent.destroy();
        server.close(() => log('socket file removed on close', !fs.existsSync(sockPath)));
      });
      return;
    }
    n++;
    const req = http.get({ socketPath: sockPath, path: '/' + n, agent }, (res) => {
      log('response', n, res.statusCode, 'reusedSocket', req.reusedSocket, 'sockets', P(agent.sockets));
      res.resume();
      res.on('end', () => setImmediate(next));
    });
  };
  next();
});
