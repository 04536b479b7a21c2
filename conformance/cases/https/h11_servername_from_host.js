// §1.6, catalogue 88 - servername comes from the Host header (port and [] stripped), else from host; an IP gives '' (no SNI); a servername equal to host is left out of the pool key (probe p16)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

const server = https.createServer({ key, cert }, (req, res) => {
  res.end(JSON.stringify(req.socket.servername));
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true });
  const plan = [
    { host: '127.0.0.1' },
    { host: '127.0.0.1', headers: { host: `localhost:${port}` } },
    { host: 'localhost' },
    { host: '127.0.0.1', headers: { host: '[::1]:123' } },
    { host: '127.0.0.1', headers: { host: 'example.test' }, servername: '' },
    { host: '127.0.0.1', servername: 'example.test' },
  ];
  let i = 0;
  let seen = [];
  agent.on('free', (socket, options) => seen.push(options.servername));
  function next() {
    const opts = plan[i++];
    if (!opts) {
      agent.destroy();
      server.close();
      return;
    }
    const req = https.get({ port, agent, rejectUnauthorized: false, ...opts }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d) => { body += d; });
      res.on('end', () => setImmediate(() => {
        log(JSON.stringify(opts).split(String(port)).join('PORT'), '-> server saw SNI', body,
            'options.servername', seen);
        log('  free keys', Object.keys(agent.freeSockets).map((k) => k.split(String(port)).join('PORT')));
        seen = [];
        next();
      }));
    });
    req.on('error', (e) => log('error', e.code));
  }
  next();
});
