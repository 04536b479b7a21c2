// catalogue 102 - probe p22: the first agent.on('keylog') while a socket is active throws TypeError: sockets[i].on is not a function (Node 20 iterates the per-origin lists as sockets)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => setTimeout(() => res.end('ok'), 50));

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      agent.destroy();
      server.close();
    });
  });
  log('active socket lists', Object.keys(agent.sockets).length);
  try {
    agent.on('keylog', () => {});
    log('adding a keylog listener with active sockets: no exception; keylog listeners', agent.listenerCount('keylog'));
  } catch (e) {
    log('adding a keylog listener with active sockets: throws', e instanceof TypeError, e.message);
  }
});
