// §1.5, catalogue 98 - https.request uses https.globalAgent as read at call time (assignable), takes a URL string plus options, defaults to port 443 in the Host header and agent name (test-https-client-override-global-agent.js style, probe p19)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');

const server = https.createServer({ key, cert }, (req, res) => res.end(`${req.method} ${req.url} host=${req.headers.host}`));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const original = https.globalAgent;
  const mine = new https.Agent({ keepAlive: false });
  https.globalAgent = mine;
  const req = https.get(`https://localhost:${port}/path?q=1`, { ca }, (res) => {
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log('body', body.split(String(port)).join('PORT'));
      https.globalAgent = original;
      const r2 = https.request({ host: 'localhost', port: 1, ca });
      log('after restoring: r2.agent is the original', r2.agent === original);
      r2.on('error', (e) => log('r2 error', e.code));
      r2.destroy();
      const r3 = https.request({ host: 'localhost', ca, agent: new https.Agent() });
      log('default port in the Host header', JSON.stringify(r3.getHeader('host')), 'agent key', Object.keys(r3.agent.sockets).map((k) => k.split(ca.toString()).join('CA')));
      r3.on('error', (e) => log('r3 error', e.code));
      r3.destroy();
      server.close();
    });
  });
  log('req.agent is the assigned globalAgent', req.agent === mine, 'protocol', req.protocol);
  log('agent keys', Object.keys(mine.sockets).map((k) => k.split(String(port)).join('PORT').split(ca.toString()).join('CA')));
});
