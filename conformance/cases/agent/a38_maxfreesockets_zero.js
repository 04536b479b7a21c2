// catalogue 38 - maxFreeSockets: 0 means 256 (falsy default), not "no pooling" (probe p02)
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
  const agent = new http.Agent({ keepAlive: true, maxFreeSockets: 0 });
  log('maxFreeSockets', agent.maxFreeSockets);
  http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('after the response: freeSockets', P(agent.freeSockets), 'sockets', P(agent.sockets), 'totalSocketCount', agent.totalSocketCount);
      agent.destroy();
      server.close();
    }));
  });
});
