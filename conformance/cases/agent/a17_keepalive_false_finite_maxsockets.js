// catalogue 17 - keepAlive false with a finite maxSockets: Connection: keep-alive, 'free' fires, queued requests reuse the socket, which is destroyed once nothing is queued (probe p05, p20)
'use strict';
const http = require('http');
const { log } = require('../../trace');

let conns = 0;
const server = http.createServer((req, res) => {
  log('server got', req.url, 'Connection:', req.headers.connection, 'conn#', req.socket.n);
  res.end(req.url);
});
server.on('connection', (s) => { s.n = ++conns; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ maxSockets: 1 });
  let frees = 0;
  agent.on('free', () => { frees++; });
  let first = null;
  for (const p of ['/a', '/b', '/c']) {
    const req = http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      log('client response', p, 'shouldKeepAlive', req.shouldKeepAlive, 'reusedSocket', req.reusedSocket,
          "agent 'free' so far", frees, 'requests', P(agent.requests));
      res.resume();
    });
    req.on('socket', (s) => {
      if (first === null) {
        first = s;
        s.on('close', () => setImmediate(() => {
          log("socket 'close': agent 'free' events", frees, 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
              'total', agent.totalSocketCount, 'connections', conns);
          server.close();
        }));
      }
      log("client 'socket'", p, 'same socket', s === first);
    });
  }
  log('issued: sockets', P(agent.sockets), 'requests', P(agent.requests));
});
