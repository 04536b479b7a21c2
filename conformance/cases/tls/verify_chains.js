// tls.connect certificate verification, chain by chain (fixtures/generate.py): authorized/authorizationError with rejectUnauthorized false, the error code and message with it on - self-signed leaf, self-signed root in the chain, unknown issuer (alone, via an intermediate), impostor CAs with the trusted CA's name, a flipped signature byte, expired and not-yet-valid leafs, an expired intermediate, an intermediate that is not a CA, a client-only leaf, wrong host names
'use strict';
const fs = require('fs');
const tls = require('tls');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');
const plan = [
  ['good', {}],
  ['via-int', {}],
  ['self-signed', {}],
  ['other-alone', {}],
  ['other-root-in', {}],
  ['other-int', {}],
  ['impostor', {}],
  ['impostor-akid', {}],
  ['impostor-noakid', {}],
  ['bad-signature', {}],
  ['expired', {}],
  ['not-yet-valid', {}],
  ['expired-int', {}],
  ['not-ca-int', {}],
  ['client-only', {}],
  ['good', { servername: 'wrong.test' }],
  ['good', { host: '127.0.0.1' }],
  ['self-signed', { servername: 'wrong.test' }],
  ['good', { ca: fs.readFileSync('fixtures/impostor-root.pem') }],
  ['good', { ca: [fs.readFileSync('fixtures/impostor-root.pem'), ca] }],
  ['good', { ca: 'not a pem' }],
];

function attempt(port, name, extra, shown, rejectUnauthorized, done) {
  const label = `${name} ${JSON.stringify(shown)} rejectUnauthorized=${rejectUnauthorized}:`;
  const socket = tls.connect({ port, host: 'localhost', ca, rejectUnauthorized, ...extra }, () => {
    log(label, 'secureConnect authorized', socket.authorized, 'authorizationError', socket.authorizationError);
    socket.end();
  });
  let failed = false;
  socket.on('error', (err) => {
    failed = true;
    log(label, 'error', err.code, err.message, 'authorized', socket.authorized, 'authorizationError', socket.authorizationError);
  });
  socket.on('close', () => done(failed));
}

function next() {
  const step = plan.shift();
  if (!step) return;
  const [name, extra] = step;
  const key = fs.readFileSync(`fixtures/${name}-key.pem`);
  const cert = fs.readFileSync(`fixtures/${name}.pem`);
  const server = tls.createServer({ key, cert }, (s) => s.end());
  server.on('tlsClientError', () => {});
  server.listen(0, '127.0.0.1', () => {
    const port = server.address().port;
    const shown = { ...extra };
    if (shown.ca) shown.ca = Array.isArray(shown.ca) ? 'impostor+root' : (shown.ca === 'not a pem' ? shown.ca : 'impostor');
    attempt(port, name, extra, shown, false, () => {
      attempt(port, name, extra, shown, true, () => {
        server.close(() => setImmediate(next));
      });
    });
  });
}
next();
