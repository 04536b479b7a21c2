// audit: net.js Socket (a Writable): write() while connecting buffers, returns false past the highWaterMark, and 'drain' follows once the buffer is flushed after 'connect'
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  let n = 0;
  s.on('data', (d) => { n += d.length; });
  s.on('end', () => {
    log('server got', n);
    s.end();
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const sock = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  const fallback = setTimeout(() => {
    log('no drain');
    sock.end();
  }, 2000);
  const ok = sock.write(Buffer.alloc(100000));
  log('write', ok, sock.connecting);
  sock.on('drain', () => {
    clearTimeout(fallback);
    log('drain', sock.writableLength);
    sock.end();
  });
  sock.on('data', () => {});
  sock.on('close', () => log('close'));
});
