// diagnostics_channel: built-in http/net channels, their message keys and identities, interleaved with events; a reused socket publishes no net.client.socket
'use strict';
const dc = require('diagnostics_channel');
const http = require('http');
const { log } = require('../../trace');

const names = ['net.client.socket', 'net.server.socket', 'http.client.request.start',
  'http.client.request.error', 'http.client.response.finish', 'http.server.request.start',
  'http.server.response.finish'];
const seen = {};
for (const n of names) {
  dc.subscribe(n, (msg, name) => {
    log('dc', name, Object.keys(msg));
    seen[name] = msg;
  });
}
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
const server = http.createServer((req, res) => {
  log('server request', req.url);
  const m = seen['http.server.request.start'];
  log('server start identity', m.request === req, m.response === res, m.socket === req.socket, m.server === server);
  res.on('finish', () => log('res finish'));
  res.end('ok');
});
server.on('connection', () => log('connection'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  let done = 0;
  for (const path of ['/a', '/b']) {
    const req = http.get({ port, host: '127.0.0.1', path, agent }, (res) => {
      log('response', path, res.statusCode);
      const m = seen['http.client.response.finish'];
      log('client finish identity', m.request === req, m.response === res);
      res.resume();
      res.on('end', () => {
        if (++done === 2) {
          agent.destroy();
          server.close();
        }
      });
    });
    req.on('socket', () => log('socket', path));
    req.on('finish', () => {
      log('req finish', path, seen['http.client.request.start'].request === req);
    });
  }
});
