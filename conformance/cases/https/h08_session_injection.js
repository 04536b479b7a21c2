// catalogue 95 - a handshake that fails the hostname check caches no session: the second request fails the same way (test-https-agent-session-injection.js)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');

// TLS 1.2: the session exists when the handshake ends (1.3 sends tickets after it).
const server = https.createServer({ key, cert, secureProtocol: 'TLSv1_2_method' }, (req, res) => {
  log('server: request reached the server');
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent();
  const req = https.get({ host: '127.0.0.1', port, ca, servername: 'example.test', agent }, () => log('first: response'));
  req.on('error', (err) => {
    log('first: error', err.code, err.message);
    log('first: reason', err.reason, 'host', err.host, 'cert subjectaltname', err.cert.subjectaltname);
    log('first: cache list length', agent._sessionCache.list.length);
    const second = https.get({ host: '127.0.0.1', port, ca, servername: 'example.test', agent }, () => log('second: response'));
    second.on('error', (err) => {
      log('second: error', err.code, err.message);
      log('second: cache list length', agent._sessionCache.list.length);
      server.close();
    });
  });
});
