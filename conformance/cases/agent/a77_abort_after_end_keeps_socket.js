// catalogue 77 - test-http-keepalive-free.js, test-http-client-abort-keep-alive-destroy-res.js: req.abort()/req.destroy()/res.destroy() after the response 'end' leave the freed socket alone
'use strict';
const http = require('http');
const { log } = require('../../trace');

let socketsCreated = 0;

class Agent extends http.Agent {
  createConnection(options, oncreate) {
    const socket = super.createConnection(options, oncreate);
    socketsCreated++;
    return socket;
  }
}

const server = http.createServer((req, res) => res.end(req.url));

function attempt(port, method) {
  return new Promise((resolve) => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    socketsCreated = 0;
    const req = http.request({ host: '127.0.0.1', port, agent });
    req.on('socket', (socket) => {
      socket.on('free', () => log(method, "socket 'free'"));
    });
    req.on('response', (res) => {
      log(method, 'response: req.destroyed', req.destroyed);
      res.on('end', () => {
        log(method, 'end: req.destroyed', req.destroyed);
        if (method === 'res.destroy') res.destroy(); else req[method]();
        log(method, 'socket destroyed after call', req.socket.destroyed);
        http.get({ host: '127.0.0.1', port, agent }, (res2) => {
          res2.resume();
          res2.on('end', () => {
            log(method, 'next request served; socketsCreated', socketsCreated);
            agent.destroy();
            resolve();
          });
        });
      }).resume();
    });
    req.end();
    log(method, 'after end(): req.destroyed', req.destroyed);
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const method of ['abort', 'destroy', 'res.destroy']) await attempt(port, method);
  server.close();
});
