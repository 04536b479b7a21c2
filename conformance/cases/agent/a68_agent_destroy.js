// catalogue 68 - probe p12 B: agent.destroy() destroys every free and active socket; the pool maps empty only on each socket's 'close', and the agent stays usable
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  if (req.url === '/hang') return; // never answered
  setTimeout(() => res.end('ok'), 10);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  const state = () => ['sockets', sizes(agent.sockets), 'free', sizes(agent.freeSockets), 'total', agent.totalSocketCount];
  let left = 2;
  for (let i = 0; i < 2; i++) {
    http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => { if (--left === 0) setTimeout(step2, 20); });
    });
  }
  function step2() {
    log('two pooled:', ...state());
    // Takes one pooled socket (lifo); the other stays free.
    const hanging = http.get({ host: '127.0.0.1', port, agent, path: '/hang' }, () => log('response?!'));
    hanging.on('error', (e) => log('hanging request error', e.code, e.message));
    hanging.on('socket', (activeSocket) => {
      const freeSocket = Object.values(agent.freeSockets)[0][0];
      log('before destroy():', ...state());
      let closes = 0;
      const onclose = () => {
        if (++closes === 2) setImmediate(() => {
          log('after both closes:', ...state());
          const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
            res.resume();
            res.on('end', () => {
              log('agent still usable: status', res.statusCode, 'reusedSocket', req.reusedSocket);
              agent.destroy();
              server.close();
            });
          });
        });
      };
      freeSocket.on('close', onclose);
      activeSocket.on('close', onclose);
      agent.destroy();
      log('right after destroy(): free socket destroyed', freeSocket.destroyed, 'active socket destroyed', activeSocket.destroyed, ...state());
    });
  }
});
