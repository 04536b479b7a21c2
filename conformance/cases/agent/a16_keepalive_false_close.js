// catalogue 16 - new Agent() (keepAlive false, maxSockets Infinity): Connection: close, shouldKeepAlive false, socket destroyed after the response, no 'free' (probe p09, p20)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server got Connection:', req.headers.connection);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent();
  let frees = 0;
  agent.on('free', () => { frees++; });
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    log('response', res.statusCode, 'req.shouldKeepAlive', req.shouldKeepAlive);
    res.resume();
  });
  log('after http.get: sockets', P(agent.sockets), 'total', agent.totalSocketCount);
  req.on('socket', (s) => {
    s.on('close', () => setImmediate(() => {
      log("socket 'close': destroyed", s.destroyed, "agent 'free' events", frees, 'sockets', P(agent.sockets),
          'freeSockets', P(agent.freeSockets), 'total', agent.totalSocketCount);
      server.close();
    }));
  });
});
