// catalogue 76 - test-http-client-agent-abort-close-event.js (probe p14 B): abort() right after http.get(): no 'socket', 'response' or 'error', just 'close' then 'abort'; the new socket is freed and destroyed, not pooled
'use strict';
const http = require('http');
const { log } = require('../../trace');

let requests = 0;
const server = http.createServer(() => { requests++; });

const keepAliveAgent = new http.Agent({ keepAlive: true });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [k.split(String(port)).join('PORT'), v.length]));
  keepAliveAgent.on('free', (socket) => log("agent 'free': socket destroyed", socket.destroyed, 'free', sizes(keepAliveAgent.freeSockets)));
  const req = http.get({
    host: '127.0.0.1',
    port,
    agent: keepAliveAgent,
  });
  const events = [];
  for (const e of ['socket', 'response', 'error', 'abort', 'close']) {
    req.on(e, () => {
      events.push(e);
      if (e === 'close') {
        setTimeout(() => {
          log('events', events, 'sockets', sizes(keepAliveAgent.sockets), 'free', sizes(keepAliveAgent.freeSockets), 'total', keepAliveAgent.totalSocketCount, 'server requests', requests);
          server.close();
          keepAliveAgent.destroy();
        }, 50);
      }
    });
  }
  req.abort();
  log('after abort(): sockets', sizes(keepAliveAgent.sockets), 'total', keepAliveAgent.totalSocketCount);
});
