// §1.6 / tls.connect - certificate checks on https requests: verification is on by default (Node's codes and messages), a trusted ca works, rejectUnauthorized: false connects with authorized false (test-https-strict.js, test-tls-client-verify.js)
'use strict';
const fs = require('fs');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');
const ca = fs.readFileSync('fixtures/ca.pem');
const otherCa = fs.readFileSync('fixtures/other-ca.pem');

const server = https.createServer({ key, cert }, (req, res) => res.end('ok'));
// A client that rejects the certificate ends the handshake: not a case for the trace.
server.on('clientError', () => {});

const plan = [
  ['no ca', { host: 'localhost' }],
  ['another ca', { host: 'localhost', ca: otherCa }],
  ['ca, localhost', { host: 'localhost', ca }],
  ['ca, 127.0.0.1', { host: '127.0.0.1', ca }],
  ['ca list', { host: 'localhost', ca: [otherCa, ca] }],
  ['ca as string', { host: 'localhost', ca: ca.toString() }],
  ['rejectUnauthorized false', { host: 'localhost', rejectUnauthorized: false }],
  ['ca, wrong servername', { host: '127.0.0.1', ca, servername: 'wrong.test' }],
  ['ca, wrong servername, rejectUnauthorized false', { host: '127.0.0.1', ca, servername: 'wrong.test', rejectUnauthorized: false }],
  ['ca, wrong Host header', { host: '127.0.0.1', ca, headers: { host: 'wrong.test' } }],
];

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  function next() {
    const step = plan.shift();
    if (!step) return server.close();
    const [name, opts] = step;
    const req = https.get({ port, agent: false, ...opts }, (res) => {
      log(`${name}:`, res.statusCode, 'authorized', res.socket.authorized, 'authorizationError', res.socket.authorizationError);
      res.resume();
      res.on('end', () => setImmediate(next));
    });
    req.on('error', (err) => {
      log(`${name}: error`, err.code, err.message);
      setImmediate(next);
    });
  }
  next();
});
