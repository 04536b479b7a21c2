// catalogue 90 - test-https-agent-keylog.js (probe p16): the agent emits 'keylog' only once someone listens, for sockets it creates after that; a reused socket does no handshake
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('../https/fixtures/server-key.pem');
const cert = fs.readFileSync('../https/fixtures/server-cert.pem');

let serverLines = 0;
const server = https.createServer({
  key,
  cert,
  // The number of keylog events depends on the negotiated protocol version, so force one.
  minVersion: 'TLSv1.3',
  maxVersion: 'TLSv1.3',
}, (req, res) => {
  res.end('bye');
});
server.on('keylog', () => serverLines++);

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const agent = new https.Agent({ keepAlive: true });
  const get = () => new Promise((resolve) => {
    const req = https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(resolve, req));
    });
  });
  const r1 = await get();
  log('request 1 (no agent listener): reusedSocket', r1.reusedSocket, 'server keylog lines', serverLines);
  let lines = 0;
  const labels = new Set();
  let socketOk = true;
  agent.on('keylog', (line, tlsSocket) => {
    lines++;
    labels.add(line.toString('latin1').split(' ')[0]);
    if (!Buffer.isBuffer(line) || tlsSocket.encrypted !== true) socketOk = false;
  });
  const r2 = await get();
  log('request 2 (listener added while idle): reusedSocket', r2.reusedSocket, 'agent keylog lines', lines);
  agent.destroy();
  await new Promise((resolve) => setTimeout(resolve, 20));
  const before = serverLines;
  const r3 = await get();
  log('request 3 (new socket): reusedSocket', r3.reusedSocket, 'agent keylog lines', lines, 'server lines for it', serverLines - before, 'args ok', socketOk);
  log('labels', [...labels].sort());
  agent.destroy();
  server.close();
});
