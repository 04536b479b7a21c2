// catalogue 67 - test-http-client-immediate-error.js: connect errors (ECONNREFUSED, EADDRINUSE from bind) surface as request 'error' and the socket leaves the agent
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer();

function attempt(label, options, ports) {
  return new Promise((resolve) => {
    const agent = new http.Agent({ keepAlive: true });
    const clean = (s) => ports.reduce((acc, p) => acc.split(String(p)).join('PORT'), s);
    const sizes = (m) => Object.fromEntries(Object.entries(m).map(([k, v]) => [clean(k), v.length]));
    const req = http.get({ host: '127.0.0.1', agent, ...options });
    log(label, 'after http.get: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount);
    req.on('socket', () => log(label, 'socket'));
    req.on('error', (e) => log(label, 'req error', e.code, e.syscall, clean(e.message)));
    req.on('close', () => setImmediate(() => {
      log(label, 'after close: sockets', sizes(agent.sockets), 'total', agent.totalSocketCount);
      resolve();
    }));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const busyPort = server.address().port;
  // A port that was just released: nothing listens there.
  const closed = net.createServer();
  await new Promise((resolve) => closed.listen(0, '127.0.0.1', resolve));
  const freePort = closed.address().port;
  await new Promise((resolve) => closed.close(resolve));
  await attempt('refused:', { port: freePort }, [freePort]);
  await attempt('bind:', { port: busyPort, localAddress: '127.0.0.1', localPort: busyPort }, [busyPort]);
  server.close();
});
