// catalogue 92 - maxCachedSessions: 0 disables the session cache: no connection resumes and _sessionCache.list stays empty (test-https-agent-disable-session-reuse.js, probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

let serverRequests = 0;
const server = https.createServer({ key, cert }, (req, res) => {
  serverRequests++;
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ maxCachedSessions: 0 });
  let n = 0;
  function request() {
    const i = ++n;
    https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
      log(`request ${i}:`, res.statusCode, 'isSessionReused', res.socket.isSessionReused(), 'authorized', res.socket.authorized, res.socket.authorizationError);
      res.resume();
      res.on('end', () => {
        log(`after request ${i}:`, agent._sessionCache);
        if (i < 2) return setImmediate(request);
        log('server requests', serverRequests);
        server.close();
      });
    });
  }
  request();
});
