// http.request / an http.Agent (keep-alive) / https.request pass a custom lookup down to net: it is called and its answer used, the socket's 'lookup' event fires
'use strict';
const http = require('http');
const https = require('https');
const { log } = require('../../trace');

function lookup(hostname, options, callback) {
  log('lookup', hostname, options.all === true, typeof options.family);
  process.nextTick(() => {
    if (options.all) callback(null, [{ address: '127.0.0.1', family: 4 }]);
    else callback(null, '127.0.0.1', 4);
  });
}

function get(name, options) {
  return new Promise((resolve) => {
    const req = http.request(options, (res) => {
      res.setEncoding('utf8');
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => { log(name, 'response', res.statusCode, body); resolve(); });
    });
    req.on('socket', (s) => s.on('lookup', (err, address, family, host) =>
      log(name, 'socket lookup', err, address, family, host)));
    req.on('error', (e) => { log(name, 'error', e.code, e.message); resolve(); });
    req.end();
  });
}

async function main() {
  const server = http.createServer((req, res) => res.end(req.headers.host.replace(/:\d+$/, '')));
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  await get('plain', { host: 'service.internal', port, lookup, agent: false });
  const agent = new http.Agent({ keepAlive: true });
  await get('agent', { host: 'service.internal', port, lookup, agent });
  await get('agent reused', { host: 'service.internal', port, lookup, agent });
  agent.destroy();
  await get('global agent', { host: 'other.internal', port, lookup, family: 4 });
  try {
    http.request({ host: 'service.internal', port, lookup: 'nope', agent: false });
  } catch (e) {
    log('bad lookup', e.code, e.message);
  }
  await new Promise((resolve) => {
    const req = https.request({ host: 'secure.internal', port, lookup, agent: false }, () => {});
    req.on('error', (e) => { log('https error', typeof e.code); resolve(); });
    req.end();
  });
  server.close();
}
main();
