// net: the 'connect' callback and listener of two sockets that connect in the same loop turn: each socket's nextTicks run before the other socket's 'connect', and before the setImmediates queued earlier in the listener
'use strict';
const net = require('net');
const { log } = require('../../trace');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

const server = net.createServer((s) => s.resume());
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const socks = [];
  let closed = 0;
  for (const name of ['A', 'B']) {
    const s = net.connect(port, '127.0.0.1', () => {
      log(name, 'connect callback');
      setImmediate(() => {
        log(name, 'immediate');
        s.destroy();
      });
      process.nextTick(() => log(name, 'tick'));
    });
    s.on('connect', () => log(name, "'connect' listener"));
    s.on('close', () => {
      if (++closed === 2) server.close();
    });
    socks.push(s);
  }
  busy(50); // both connections are established before the loop looks
});
