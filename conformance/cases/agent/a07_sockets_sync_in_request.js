// catalogue 7 - sockets[name] and totalSocketCount are updated synchronously inside http.request(), before 'socket' (probe p04, test-http-upgrade-agent.js)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ keepAlive: true });
  log('before: sockets', P(agent.sockets), 'totalSocketCount', agent.totalSocketCount);
  const one = (tag, next) => {
    const req = http.request({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(next));
    });
    log(tag, 'inside the same tick: sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets),
        'totalSocketCount', agent.totalSocketCount, 'req.socket is null', req.socket == null);
    req.on('socket', (s) => log(tag, "at 'socket': totalSocketCount", agent.totalSocketCount,
      'socket is sockets[name][0]', agent.sockets[agent.getName({ host: '127.0.0.1', port })][0] === s));
    req.end();
  };
  one('new socket', () => one('pooled socket', () => {
    agent.destroy();
    server.close();
  }));
});
