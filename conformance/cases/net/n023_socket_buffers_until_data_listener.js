// audit: net.js Socket is a stream.Duplex (L405-411, L711-725 _read): received data waits in the readable buffer until a 'data' listener or resume(); 'end' follows only once it was read
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => { s.end('hello'); });

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  c.on('end', () => log('end'));
  c.on('close', () => {
    log('close');
    server.close();
  });
  setTimeout(() => {
    log('attach data');
    c.on('data', (d) => log('data', d.toString()));
  }, 100);
});
