// catalogue 19 - test-http-agent-false.js: agent: false makes a throw-away default agent (Connection: close) and accepts port: null (probe p09)
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
  const req = http.get({ host: '127.0.0.1', port, agent: false }, (res) => {
    log('response', res.statusCode, 'shouldKeepAlive', req.shouldKeepAlive);
    res.resume();
  });
  const a = req.agent;
  log('req.agent is globalAgent', a === http.globalAgent, 'same class as globalAgent', a.constructor === http.globalAgent.constructor,
      'keepAlive', a.keepAlive, 'sockets', P(a.sockets), 'globalAgent sockets', P(http.globalAgent.sockets));
  req.on('socket', (s) => s.on('close', () => setImmediate(() => {
    log("socket 'close': throw-away agent sockets", P(a.sockets), 'freeSockets', P(a.freeSockets), 'total', a.totalSocketCount);
    portNull();
  })));
  function portNull() {
    // port: null (what url.parse() gives for the default port) is accepted: the request goes to port 80.
    const r = http.request({ host: '127.0.0.1', port: null, path: '/', method: 'GET', agent: false });
    log('port null: Host header', r.getHeader('host'), 'pool', P(r.agent.sockets));
    r.on('error', (e) => log("port null: 'error'", e.code, e.message));
    r.on('close', () => {
      log("port null: 'close'");
      server.close();
    });
    r.destroy();
  }
});
