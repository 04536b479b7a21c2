// catalogue 47 - probes p11, p07: on return to the pool keepSocketAlive resets the socket timeout to the agent timeout, or 0
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

function get(port, agent, timeout) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent, timeout }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(() => resolve(req)));
    });
    req.on('socket', (socket) => setImmediate(() => log('in flight socket.timeout', socket.timeout)));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const options of [{ keepAlive: true, timeout: 150 }, { keepAlive: true }]) {
    const agent = new http.Agent(options);
    const name = agent.getName({ host: '127.0.0.1', port });
    await get(port, agent, 1000);
    log(options, 'request timeout 1000 -> free socket.timeout', agent.freeSockets[name][0].timeout);
    agent.destroy();
  }
  server.close();
});
