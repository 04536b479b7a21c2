// getPeerCertificate() and getPeerCertificate(true) as Node builds them: key order, subject/issuer objects (repeated OU), subjectaltname with IPv6, email, a URI that needs quotes, infoAccess, ca, RSA and EC key details, pubkey, dates, fingerprints, ext_key_usage, serialNumber, raw, and the issuerCertificate chain up to the self-referencing root
'use strict';
const fs = require('fs');
const tls = require('tls');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');

function show(label, cert) {
  log(label, 'keys', Object.keys(cert));
  for (const [k, v] of Object.entries(cert)) {
    if (k === 'issuerCertificate') continue;
    if (Buffer.isBuffer(v)) log(label, k, v.toString('hex'));
    else log(label, k, v);
  }
}

const plan = ['rsa-details', 'via-int', 'self-signed'];
function next() {
  const name = plan.shift();
  if (!name) return;
  const server = tls.createServer({ key: fs.readFileSync(`fixtures/${name}-key.pem`), cert: fs.readFileSync(`fixtures/${name}.pem`) }, (s) => s.end());
  server.listen(0, '127.0.0.1', () => {
    const socket = tls.connect({ port: server.address().port, host: 'localhost', ca, rejectUnauthorized: false }, () => {
      show(`${name} plain`, socket.getPeerCertificate());
      let cert = socket.getPeerCertificate(true);
      let depth = 0;
      while (cert) {
        show(`${name} detailed[${depth}]`, cert);
        if (cert.issuerCertificate === cert) {
          log(name, 'root refers to itself at depth', depth);
          break;
        }
        cert = cert.issuerCertificate;
        depth++;
      }
      socket.end();
    });
    socket.on('close', () => server.close(() => setImmediate(next)));
  });
}
next();
