// catalogue 87 - probe p17: on real requests localAddress, family, socketPath and hostname/host give the pool keys Node computes
'use strict';
const http = require('http');
const fs = require('fs');
const os = require('os');
const path = require('path');
const { log } = require('../../trace');

const sockPath = path.join(os.tmpdir(), `agent-a87-${process.pid}.sock`);
try { fs.unlinkSync(sockPath); } catch {}
const server = http.createServer((req, res) => res.end('ok'));
const userv = http.createServer((req, res) => res.end('unix'));

server.listen(0, '127.0.0.1', () => userv.listen(sockPath, async () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const clean = (k) => k.split(sockPath).join('<sock>').split(String(port)).join('PORT');
  const get = (opts) => new Promise((resolve, reject) => {
    const req = http.get({ agent, ...opts }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(resolve, req));
    });
    req.on('error', reject);
  });
  await get({ host: '127.0.0.1', port });
  await get({ host: '127.0.0.1', port, localAddress: '127.0.0.1' });
  await get({ host: '127.0.0.1', port, family: 4 });
  await get({ hostname: '127.0.0.1', port });
  await get({ socketPath: sockPath, path: '/x' });
  log('freeSockets', Object.fromEntries(Object.entries(agent.freeSockets).map(([k, v]) => [clean(k), v.length])));
  agent.destroy();
  server.close();
  userv.close();
}));
