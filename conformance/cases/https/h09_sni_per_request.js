// catalogue 96 - with maxSockets 1, four requests with different servername values each get their own connection and SNI (test-https-agent-sni.js)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

const TOTAL = 4;
let waiting = TOTAL;
const seen = [];
const server = https.Server({ key, cert }, (req, res) => {
  seen.push(req.socket.servername);
  if (--waiting === 0) server.close();
  res.writeHead(200, { 'x-sni': req.socket.servername });
  res.end('hello world');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ maxSockets: 1 });
  const results = [];
  for (let j = 0; j < TOTAL; j++) {
    https.get({ agent, path: '/', port, host: '127.0.0.1', servername: `sni.${j}`, rejectUnauthorized: false }, (res) => {
      res.resume();
      results.push(`response ${j}: x-sni ${res.headers['x-sni']} matches ${res.headers['x-sni'] === `sni.${j}`}`);
      if (results.length === TOTAL) {
        // The four connections answer in any order: print them sorted.
        for (const line of results.sort()) log(line);
        log('server saw', seen.slice().sort());
      }
    });
  }
  log('sockets per name right after the requests', Object.values(agent.sockets).map((s) => s.length));
  log('queued', Object.keys(agent.requests).length);
});
