// catalogue 30 - test-http-agent-maxsockets.js: with maxSockets 2 and maxFreeSockets 2, two finished requests leave 2 sockets in the pool
'use strict';
const http = require('http');
const { log } = require('../../trace');

const agent = new http.Agent({ keepAlive: true, keepAliveMsecs: 1000, maxSockets: 2, maxFreeSockets: 2 });
const server = http.createServer((req, res) => res.end('hello world'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const get = (path, callback) => http.get({ host: '127.0.0.1', port, agent, path }, callback);
  let count = 0;
  const statuses = [];
  function done() {
    if (++count !== 2) return;
    const freepool = agent.freeSockets[Object.keys(agent.freeSockets)[0]];
    log('statuses', statuses, 'free pool length', freepool.length, 'active', Object.keys(agent.sockets).length, 'total', agent.totalSocketCount);
    agent.destroy();
    server.close();
  }
  for (const p of ['/1', '/2']) {
    get(p, (res) => {
      statuses.push(res.statusCode);
      res.resume();
      res.on('end', () => process.nextTick(done));
    });
  }
});
