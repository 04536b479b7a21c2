// catalogue 23 - a user Connection: close header on a keepAlive agent is sent verbatim and the socket is not pooled (probe p09)
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
  const agent = new http.Agent({ keepAlive: true });
  let frees = 0;
  agent.on('free', () => { frees++; });
  const req = http.get({ host: '127.0.0.1', port, agent, headers: { Connection: 'close' } }, (res) => {
    log('response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive);
    res.resume();
  });
  req.on('socket', (s) => s.on('close', () => setImmediate(() => {
    log("socket 'close': agent 'free' events", frees, 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
        'total', agent.totalSocketCount);
    server.close();
  })));
});
