// audit: net.js L727-731 Socket.end -> Writable.end: the callback runs before 'finish' listeners (kOnFinished), and an end(cb) on a finished socket calls cb(ERR_STREAM_ALREADY_FINISHED) on the next tick
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => s.end());
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' }, () => {
    c.on('finish', () => log('finish listener'));
    c.end('x', () => log('end callback'));
    c.on('close', () => {
      c.end((err) => log('end cb after close', err && err.code));
      setTimeout(() => server.close(), 20);
    });
  });
  c.on('data', () => {});
});
