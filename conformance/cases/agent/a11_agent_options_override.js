// catalogue 11 - agent options override request options at merge time: new Agent({port}) connects there although the request says port 1; the Host header keeps :1 (probe p17)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server got Host', req.headers.host, 'url', req.url);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const forced = new http.Agent({ keepAlive: true, host: '127.0.0.1', port });
  log('forced.getName({port: 1})', forced.getName({ port: 1 }));
  const req = http.get({ host: 'localhost', port: 1, path: '/x', agent: forced }, (res) => {
    log('response', res.statusCode, 'connected to the agent port', req.socket.remotePort === port);
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('freeSockets', P(forced.freeSockets), "req.getHeader('host')", req.getHeader('host'));
      forced.destroy();
      server.close();
    }));
  });
  log('sockets right after http.get', P(forced.sockets));
});
