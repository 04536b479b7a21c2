// catalogue 102 - probe p22: adding the first 'keylog' listener to an idle agent (no active sockets) is fine, and later sockets still work
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const agent = new http.Agent({ keepAlive: true });
  agent.on('keylog', () => log('keylog on plain http?!'));
  log('keylog listener added on an idle agent; listeners', agent.listenerCount('keylog'), 'newListener listeners', agent.listenerCount('newListener'));
  http.get({ host: '127.0.0.1', port: server.address().port, agent }, (res) => {
    res.resume();
    res.on('end', () => {
      log('request after the listener: status', res.statusCode);
      agent.destroy();
      server.close();
    });
  });
});
