// catalogue 94 - a socket that closes with an error evicts its key's cached session; a server that cannot resume the session is still reached (test-https-agent-session-eviction.js)
'use strict';
const fs = require('fs');
const net = require('net');
const https = require('https');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/server-key.pem');
const cert = fs.readFileSync('fixtures/server-cert.pem');

const agent = new https.Agent({ keepAlive: false });
const size = () => agent._sessionCache.list.length;

const first = https.createServer({ key, cert }, (req, res) => res.end('first'));
first.listen(0, '127.0.0.1', () => {
  const port = first.address().port;
  https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
    log('first server:', res.statusCode, 'isSessionReused', res.socket.isSessionReused());
    res.resume();
    res.on('end', () => setImmediate(() => {
      log('sessions cached', size());
      first.close(() => faulty(port));
    }));
  });
});

// A plain TCP server on the same port: the TLS connection fails.
function faulty(port) {
  const server = net.createServer((socket) => socket.destroy());
  server.listen(port, '127.0.0.1', () => {
    const req = https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false });
    req.on('error', (err) => {
      log('faulty server: request error', err.code);
      req.socket.on('close', (hadError) => setImmediate(() => {
        log('socket closed, hadError', hadError, 'sessions cached', size());
        server.close(() => fresh(port));
      }));
    });
  });
}

// A new TLS server: nothing to resume, the request still works.
function fresh(port) {
  const server = https.createServer({ key, cert }, (req, res) => res.end('fresh'));
  server.listen(port, '127.0.0.1', () => {
    https.get({ host: '127.0.0.1', port, agent, rejectUnauthorized: false }, (res) => {
      log('fresh server:', res.statusCode, 'isSessionReused', res.socket.isSessionReused());
      res.resume();
      res.on('end', () => setImmediate(() => {
        log('sessions cached', size());
        server.close();
      }));
    });
  });
}
