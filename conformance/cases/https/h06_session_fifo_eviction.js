// catalogue 93 - with maxCachedSessions: 1, a session for a second key evicts the first (FIFO), so the first key no longer resumes; the second key does (test-https-agent-session-reuse.js, probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');

const server = https.createServer({ key, cert }, (req, res) => res.end('ok'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ maxCachedSessions: 1 });
  const keys = () => agent._sessionCache.list.map((k) => k.split(String(port)).join('PORT').split(ca.toString()).join('CA'));
  const plan = ['localhost', 'localhost', '127.0.0.1', 'localhost', '127.0.0.1'];
  let i = 0;
  function request() {
    const host = plan[i++];
    https.get({ host, port, ca, agent }, (res) => {
      log(`host ${host}:`, 'isSessionReused', res.socket.isSessionReused());
      res.resume();
      res.on('end', () => {
        log('  cache list', keys());
        if (i < plan.length) return setImmediate(request);
        server.close();
      });
    });
  }
  request();
});
