// catalogue 91 - a new TLS connection for the same agent key resumes the cached session: isSessionReused() false then true (test-https-agent-session-reuse.js, probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');

let serverRequests = 0;
const server = https.createServer({ key, cert }, (req, res) => {
  serverRequests++;
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: false });
  const keys = () => agent._sessionCache.list.map((k) => k.split(String(port)).join('PORT').split(ca.toString()).join('CA'));
  let n = 0;
  function request() {
    const i = ++n;
    https.get({ host: 'localhost', port, ca, agent }, (res) => {
      const socket = res.socket;
      log(`request ${i}:`, res.statusCode, 'isSessionReused', socket.isSessionReused(), 'authorized', socket.authorized);
      res.resume();
      res.on('end', () => {
        log(`after request ${i}: cache list`, keys(), 'session cached', agent._getSession(agent._sessionCache.list[0]) !== undefined);
        if (i < 3) return setImmediate(request);
        log('server requests', serverRequests);
        server.close();
      });
    });
  }
  request();
});
