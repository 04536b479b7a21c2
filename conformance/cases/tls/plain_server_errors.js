// TLS to a plain HTTP server: tls.connect with nothing written gets ERR_SSL_WRONG_VERSION_NUMBER (library, reason); with a write still queued (tls.connect + write, https.get) it gets 'write EPROTO' (errno, syscall), as Node's TLSWrap fails queued writes; messages compared on what they share (Node's carry OpenSSL's thread id and source line)
'use strict';
const http = require('http');
const https = require('https');
const tls = require('tls');
const { log } = require('../../trace');

function show(label, err) {
  log(label, err.code, 'errno', err.errno, 'syscall', err.syscall, 'library', err.library, 'reason', err.reason,
      'starts', err.code === 'EPROTO' ? err.message.split(' ').slice(0, 2).join(' ') : '-', 'says wrong version number', err.message.includes('wrong version number'));
}

const server = http.createServer((req, res) => res.end('plain'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const steps = [
    (done) => {
      const socket = tls.connect({ port, host: '127.0.0.1' });
      socket.on('error', (err) => show('tls.connect, nothing written:', err));
      socket.on('close', done);
    },
    (done) => {
      const socket = tls.connect({ port, host: '127.0.0.1' });
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
      socket.on('error', (err) => show('tls.connect, a write queued:', err));
      socket.on('close', done);
    },
    (done) => {
      const req = https.get({ port, host: '127.0.0.1', agent: false });
      req.on('error', (err) => show('https.get:', err));
      req.on('close', done);
    },
  ];
  function next() {
    const step = steps.shift();
    if (!step) return server.close();
    step(() => setImmediate(next));
  }
  next();
});
