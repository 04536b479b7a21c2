// catalogue 56 - test-http-keep-alive-timeout-race-condition.js: blocking the loop past the server's keepAliveTimeout between two requests, the second still succeeds
'use strict';
const http = require('http');
const { log } = require('../../trace');

const makeRequest = (port, agent) =>
  new Promise((resolve, reject) => {
    const req = http.get({ host: '127.0.0.1', path: '/', port, agent }, (res) => {
      res.resume();
      res.on('end', () => resolve(req.reusedSocket));
    });
    req.on('error', (e) => reject(e));
  });

let served = 0;
const server = http.createServer({ keepAliveTimeout: 2000, keepAlive: true }, (req, res) => {
  served++;
  const body = 'hello world\n';
  res.writeHead(200, { 'Content-Length': body.length });
  res.write(body);
  res.end();
});

const agent = new http.Agent({ maxSockets: 5, keepAlive: true });

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  log('first reusedSocket', await makeRequest(port, agent));
  // Block the event loop for 2 seconds.
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 2000);
  try {
    log('second reusedSocket', await makeRequest(port, agent));
  } catch (e) {
    log('second request error', e.code);
  }
  log('served', served);
  server.close();
  agent.destroy();
});
