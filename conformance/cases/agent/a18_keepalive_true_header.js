// catalogue 18 - keepAlive true, and the default global agent: the request sends Connection: keep-alive and the socket is pooled (probe p09)
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
  const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
    log('keepAlive agent: shouldKeepAlive', req.shouldKeepAlive);
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('keepAlive agent: freeSockets', P(agent.freeSockets));
      agent.destroy();
      const req2 = http.get({ host: '127.0.0.1', port }, (res2) => {
        log('global agent: req.agent is http.globalAgent', req2.agent === http.globalAgent, 'shouldKeepAlive', req2.shouldKeepAlive);
        res2.resume();
        res2.on('end', () => setImmediate(() => {
          log('global agent: freeSockets', P(http.globalAgent.freeSockets));
          http.globalAgent.destroy();
          server.close();
        }));
      });
    }));
  });
});
