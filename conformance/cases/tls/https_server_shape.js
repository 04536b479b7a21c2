// https.Server's class shape: an https.Server is a tls.Server and a net.Server but not an http.Server (http.Server's methods mixed in, storeHTTPOptions), its defaults, and an https server that serves a request through that shape (close() closes idle keep-alive connections)
'use strict';
const EventEmitter = require('events');
const fs = require('fs');
const http = require('http');
const https = require('https');
const net = require('net');
const tls = require('tls');
const { log } = require('../../trace');

const key = fs.readFileSync('fixtures/good-key.pem');
const cert = fs.readFileSync('fixtures/good.pem');
const ca = fs.readFileSync('fixtures/root.pem');

const servers = [
  ['https.Server', https.createServer({ key, cert })],
  ['tls.Server', tls.createServer({ key, cert })],
  ['http.Server', http.createServer()],
];
for (const [name, s] of servers) {
  log(name, 'instanceof tls.Server', s instanceof tls.Server, 'net.Server', s instanceof net.Server,
      'http.Server', s instanceof http.Server, 'https.Server', s instanceof https.Server, 'EventEmitter', s instanceof EventEmitter);
}
const s = servers[0][1];
log('defaults', s.timeout, s.keepAliveTimeout, s.requestTimeout, s.headersTimeout, s.maxHeadersCount,
    s.maxRequestsPerSocket, s.httpAllowHalfOpen, s.allowHalfOpen, s.requestCert, s.rejectUnauthorized,
    s.connectionsCheckingInterval, s.requireHostHeader, s.ALPNProtocols === undefined);
for (const m of ['closeAllConnections', 'closeIdleConnections', 'setTimeout', 'close', 'setSecureContext', 'addContext', 'listen', 'address']) {
  log('method', m, typeof s[m] === 'function');
}
log('setTimeout returns the server', s.setTimeout(1000) === s, s.timeout);
log('storeHTTPOptions', https.createServer({ key, cert, keepAliveTimeout: 1234, requestTimeout: 0 }).keepAliveTimeout);
try {
  https.createServer({ key, cert, headersTimeout: 2000, requestTimeout: 1000 });
} catch (err) {
  log('headersTimeout > requestTimeout', err.code, err.message);
}

const server = https.createServer({ key, cert }, (req, res) => res.end('served by ' + req.url));
server.listen(0, '127.0.0.1', () => {
  const agent = new https.Agent({ keepAlive: true });
  https.get({ port: server.address().port, host: 'localhost', ca, agent, path: '/shape' }, (res) => {
    let body = '';
    const socket = res.socket;
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log('response', res.statusCode, body, 'alpn', socket.alpnProtocol);
      socket.on('close', () => {
        log('idle keep-alive socket closed by server.close()');
        agent.destroy();
      });
      setImmediate(() => server.close(() => log('server closed')));
    });
  });
});
