// catalogue 25 - test-http-keep-alive-close-on-header.js: a server sending Connection: close to a maxSockets:1 agent gets one connection per request; sockets[name].length stays 1
'use strict';
const http = require('http');
const { log } = require('../../trace');

const body = 'hello world\n';
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': body.length, 'Connection': 'close' });
  res.write(body);
  res.end();
});
let connections = 0;
server.on('connection', () => { connections++; });
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const agent = new http.Agent({ maxSockets: 1 });
  let connectCount = 0;
  for (let n = 1; n <= 3; n++) {
    const request = http.request({
      method: 'GET', path: '/', headers: { connection: 'keep-alive' }, host: '127.0.0.1', port, agent,
    }, (res) => {
      log('response', n, 'sockets', P(agent.sockets), 'requests', P(agent.requests), 'connects so far', connectCount);
      res.resume();
      if (n === 3) {
        request.socket.on('close', () => setImmediate(() => {
          log('last socket closed: connects', connectCount, 'server connections', connections,
              'sockets', P(agent.sockets), 'total', agent.totalSocketCount);
          server.close();
        }));
      }
    });
    request.on('socket', (s) => {
      s.on('connect', () => { connectCount++; });
    });
    request.end();
  }
});
