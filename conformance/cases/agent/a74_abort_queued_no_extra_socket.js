// catalogue 74 - test-http-client-abort-keep-alive-queued-tcp-socket.js: aborting a queued request creates no extra socket (one socket for three requests with maxSockets 1)
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

const server = http.createServer((req, res) => res.end());

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new Agent({
    keepAlive: true,
    maxSockets: 1,
  });

  http.get({ agent, host: '127.0.0.1', port }, (res) => res.resume());

  const req = http.get({ agent, host: '127.0.0.1', port }, () => log('aborted request got a response?!'));
  req.abort();

  http.get({ agent, host: '127.0.0.1', port }, (res) => {
    res.resume();
    log('third response: socketsCreated', socketsCreated);
    agent.destroy();
    server.close();
  });
});
