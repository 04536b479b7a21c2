// catalogue 101 - probe p10: a pooled socket carries exactly one 'free', 'close', 'timeout' and 'agentRemove' listener from the agent, plus one 'error' listener
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const counts = (s) => ['error', 'free', 'close', 'timeout', 'agentRemove'].map((e) => `${e}=${s.listenerCount(e)}`).join(' ');
  const get = (cb) => http.get({ host: '127.0.0.1', port, agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(cb));
  });
  get(() => {
    const socket = Object.values(agent.freeSockets)[0][0];
    log('pooled after 1 request:', counts(socket));
    get(() => {
      log('pooled after 2 requests (same socket):', counts(Object.values(agent.freeSockets)[0][0]), Object.values(agent.freeSockets)[0][0] === socket);
      agent.destroy();
      server.close();
    });
  });
});
