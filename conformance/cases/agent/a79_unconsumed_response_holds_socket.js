// catalogue 79 - probe p12 D: a response with a 'response' listener that is never read keeps its socket busy; the queued request waits until it is consumed
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const state = () => ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'requests', sizes(agent.requests), 'total', agent.totalSocketCount];
  let consumed = false;
  http.get({ host: '127.0.0.1', port, agent, path: '/1' }, (res1) => {
    // res1 is not consumed for now.
    const req2 = http.get({ host: '127.0.0.1', port, agent, path: '/2' }, (res2) => {
      log('req2 response; res1 consumed before', consumed, 'reusedSocket', req2.reusedSocket);
      res2.resume();
      res2.on('end', () => {
        agent.destroy();
        server.close();
      });
    });
    log('res1 not consumed:', ...state());
    setTimeout(() => {
      log('still waiting 200 ms later:', ...state());
      consumed = true;
      res1.resume();
    }, 200);
  });
});
