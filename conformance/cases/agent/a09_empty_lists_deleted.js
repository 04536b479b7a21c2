// catalogue 9 - test-http-client-agent.js, test-http-keep-alive.js: requests/sockets/freeSockets keys are deleted once their list is empty
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
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const st = (label) => log(label, 'requests', P(agent.requests), 'sockets', P(agent.sockets), 'freeSockets', P(agent.freeSockets));
  let left = 2;
  for (const p of ['/1', '/2']) {
    http.get({ host: '127.0.0.1', port, path: p, agent }, (res) => {
      st(p + ' response:');
      res.resume();
      res.on('end', () => {
        if (--left === 0) setImmediate(after);
      });
    });
  }
  st('issued:');
  function after() {
    st('all done:');
    const s = agent.freeSockets[agent.getName({ host: '127.0.0.1', port })][0];
    s.on('close', () => setImmediate(() => {
      st('after agent.destroy() and close:');
      server.close();
    }));
    agent.destroy();
  }
});
