// catalogue 2 - test-http-agent-timeout.js (block 1), test-http-keepalive-request.js: the next request gets the same socket with reusedSocket true (probe p04)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  let first = null;
  const get = (tag, onend) => {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      log(tag, "'response' reusedSocket", req.reusedSocket, 'same socket as R1', first === null ? null : req.socket === first);
      if (first === null) first = req.socket;
      res.resume();
      res.on('end', onend);
    });
  };
  get('R1', () => setImmediate(() => {
    // R2 is issued one setImmediate after 'end'.
    get('R2', () => {
      // R3 is issued from the socket's own 'free' listener, as test-http-agent-timeout.js does.
      first.once('free', () => {
        get('R3', () => setImmediate(() => {
          log('totalSocketCount', agent.totalSocketCount);
          agent.destroy();
          server.close();
        }));
      });
    });
  }));
});
