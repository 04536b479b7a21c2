// audit: net.js L227-243 connect(): only net.createConnection() applies options.timeout; the Socket constructor (L359-509) and Socket.prototype.connect (L1202-1262) ignore it
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => { s.on('data', () => {}); });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const a = new net.Socket({ timeout: 30 });
  a.connect(port, '127.0.0.1');
  const b = new net.Socket();
  b.connect({ port, host: '127.0.0.1', timeout: 30 });
  const c = net.createConnection({ port, host: '127.0.0.1', timeout: 30 });
  log('timeout', a.timeout, b.timeout, c.timeout);
  for (const [n, s] of [['a', a], ['b', b], ['c', c]]) {
    s.on('timeout', () => log(n, 'timeout'));
  }
  setTimeout(() => {
    a.destroy();
    b.destroy();
    c.destroy();
    server.close();
  }, 200);
});
