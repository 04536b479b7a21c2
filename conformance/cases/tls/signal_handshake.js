// signal honoured by tls.connect and https.Agent.createConnection during the handshake (a server that accepts TCP and never answers the ClientHello): AbortError with Node's code, name, message and cause, 'close' after 'error', an abort after secureConnect is a plain destroy, and https.request over an agent with a signal
'use strict';
const fs = require('fs');
const https = require('https');
const net = require('net');
const tls = require('tls');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');
const key = fs.readFileSync('fixtures/good-key.pem');
const cert = fs.readFileSync('fixtures/good.pem');

function watch(label, socket, done) {
  for (const ev of ['connect', 'secureConnect', 'end']) socket.on(ev, () => log(label, ev));
  socket.on('error', (err) => log(label, 'error', err.name, err.code, err.message, 'cause', err.cause === undefined ? 'none' : String(err.cause)));
  socket.on('close', (hadError) => { log(label, 'close', hadError, 'destroyed', socket.destroyed); done(); });
}

const silent = net.createServer(() => {}); // accepts TCP, never speaks TLS
const real = tls.createServer({ key, cert }, (s) => s.on('error', () => {}));
const steps = [
  (port, done) => {
    const ac = new AbortController();
    const socket = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca, signal: ac.signal });
    socket.on('connect', () => setImmediate(() => ac.abort()));
    watch('tls.connect, abort during handshake', socket, done);
  },
  (port, done) => {
    const ac = new AbortController();
    const socket = tls.connect({ port, host: '127.0.0.1', servername: 'localhost', ca, signal: ac.signal });
    socket.on('connect', () => setImmediate(() => ac.abort(new Error('my reason'))));
    watch('tls.connect, abort with a reason', socket, done);
  },
  (port, done) => {
    const ac = new AbortController();
    const agent = new https.Agent();
    const socket = agent.createConnection({ port, host: '127.0.0.1', servername: 'localhost', ca, signal: ac.signal });
    socket.on('connect', () => setImmediate(() => ac.abort()));
    watch('https.Agent.createConnection, abort during handshake', socket, done);
  },
  (port, done) => {
    const ac = new AbortController();
    const req = https.request({ port, host: '127.0.0.1', servername: 'localhost', ca, signal: ac.signal, agent: new https.Agent() });
    req.on('socket', (s) => s.on('connect', () => setImmediate(() => ac.abort())));
    req.on('error', (err) => log('https.request, abort during handshake: error', err.name, err.code, err.message));
    req.on('close', () => { log('https.request, abort during handshake: close'); done(); });
    req.end();
  },
];

function run(i) {
  if (i === steps.length) {
    const ac = new AbortController();
    real.listen(0, '127.0.0.1', () => {
      const socket = tls.connect({ port: real.address().port, host: '127.0.0.1', servername: 'localhost', ca, signal: ac.signal }, () => {
        ac.abort();
      });
      watch('tls.connect, abort after secureConnect', socket, () => real.close());
    });
    return silent.close();
  }
  steps[i](silent.address().port, () => setImmediate(run, i + 1));
}
silent.listen(0, '127.0.0.1', () => run(0));
