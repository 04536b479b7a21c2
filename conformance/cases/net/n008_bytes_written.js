// net: socket.bytesWritten counts writes still pending while connecting (string and Buffer), then what went out
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('héllo');
  c.write(Buffer.from('12345'));
  log('while connecting', c.bytesWritten);
  c.on('connect', () => log('at connect', c.bytesWritten));
  c.end('!', () => {
    log('after end', c.bytesWritten);
    c.destroy();
    server.close();
  });
});
