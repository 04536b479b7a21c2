// audit: net.js L1065 internalConnect emits 'connectionAttempt'(ip, port, family) before connecting; L1605 afterConnect emits 'connectionAttemptFailed'(ip, port, family, error) before destroy
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => { s.end('hi'); });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.on('connectionAttempt', (ip, p, family) => log('connectionAttempt', ip, p === port, family));
  c.on('connect', () => log('connect'));
  c.on('data', (d) => log('data', d.toString()));
  c.on('close', () => {
    server.close(() => {
      const d = net.connect(port, '127.0.0.1');
      d.on('connectionAttempt', (ip, p, family) => log('connectionAttempt', ip, p === port, family));
      d.on('connectionAttemptFailed', (ip, p, family, err) => {
        log('connectionAttemptFailed', ip, p === port, family, err.code);
      });
      d.on('error', (e) => log('error', e.code));
    });
  });
});
