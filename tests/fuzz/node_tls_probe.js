// What Node 20's https.get reports against servers with trustme certificates.
// Usage: node node_tls_probe.js <dir with ca.pem, good.key/pem (localhost, 127.0.0.1),
//                                wrong.key/pem (example.test)>
// Prints a JSON list, one line per case of test_hardened_input.TLS_CASES, then the
// two keep-alive lines (an unverified socket is not reused for a verified request).
'use strict';
const https = require('https');
const fs = require('fs');

const dir = process.argv[2];
const ca = fs.readFileSync(`${dir}/ca.pem`);
const cases = [
  ['good', { host: 'localhost' }],
  ['good', { host: 'localhost', ca }],
  ['good', { host: '127.0.0.1', ca }],
  ['wrong', { host: 'localhost', ca }],
  ['wrong', { host: '127.0.0.1', ca }],
  ['good', { host: 'localhost', ca, servername: 'example.test' }],
  ['wrong', { host: 'localhost' }],
  ['good', { host: 'localhost', rejectUnauthorized: false }],
  ['wrong', { host: 'localhost', ca, rejectUnauthorized: false }],
  ['good', { host: 'localhost', rejectUnauthorized: 0 }],
  ['good', { host: 'localhost', rejectUnauthorized: null }],
  ['good', { host: 'localhost', rejectUnauthorized: '' }],
  ['wrong', { host: 'localhost', ca, checkServerIdentity: () => undefined }],
];
// Node 20 tries every address of 'localhost'; the servers listen on 127.0.0.1 only.
const lookup = (host, options, cb) => (options && options.all ?
  cb(null, [{ address: '127.0.0.1', family: 4 }]) : cb(null, '127.0.0.1', 4));
const servers = {};
const out = [];
let pending = 2;
for (const name of ['good', 'wrong']) {
  const server = https.createServer({ key: fs.readFileSync(`${dir}/${name}.key`),
                                      cert: fs.readFileSync(`${dir}/${name}.pem`) },
                                    (req, res) => res.end('ok'));
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    servers[name] = server;
    if (--pending === 0) run(0);
  });
}
function get(options, done) {
  const req = https.get(Object.assign({ lookup }, options), (res) => {
    const authorized = res.socket.authorized;
    res.resume();
    res.on('end', () => done(`response ${res.statusCode} authorized=${authorized}`));
  });
  req.on('error', (e) => done(`error ${e.code} ${e.message}`));
}
function run(i) {
  if (i < cases.length) {
    const [name, options] = cases[i];
    get(Object.assign({ port: servers[name].address().port, agent: false }, options), (line) => {
      out.push(line);
      run(i + 1);
    });
    return;
  }
  const agent = new https.Agent({ keepAlive: true });
  const port = servers.good.address().port;
  get({ host: 'localhost', port, agent, rejectUnauthorized: false }, (first) => {
    out.push(first);
    setTimeout(() => get({ host: 'localhost', port, agent }, (second) => {
      out.push(second);
      agent.destroy();
      for (const server of Object.values(servers)) server.close();
      console.log(JSON.stringify(out));
    }), 20);
  });
}
