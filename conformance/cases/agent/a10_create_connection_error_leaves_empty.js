// catalogue 10 - when createConnection fails via its callback, sockets[name] = [] is left behind; the request gets the error then 'close' (probe p13, test-http-createConnection.js)
'use strict';
const http = require('http');
const { log } = require('../../trace');

class FailingAgent extends http.Agent {
  createConnection(options, cb) {
    process.nextTick(cb, new Error('Could not create socket'));
  }
}

let connections = 0;
const server = http.createServer((req, res) => res.end('ok'));
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new FailingAgent({ keepAlive: true });
  const req = http.get({ host: '127.0.0.1', port, agent }, () => log('unexpected response'));
  log('after http.get: sockets', P(agent.sockets), 'total', agent.totalSocketCount);
  req.on('error', (e) => log("req 'error'", e.message, 'sockets', P(agent.sockets), 'total', agent.totalSocketCount));
  req.on('close', () => {
    log("req 'close' destroyed", req.destroyed, 'sockets', P(agent.sockets), 'requests', P(agent.requests), 'connections', connections);
    server.close();
  });
});
