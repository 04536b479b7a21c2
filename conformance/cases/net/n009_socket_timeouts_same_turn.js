// net: two sockets whose setTimeout expires in the same loop turn: the nextTick queued by A's 'timeout' listener runs before B's 'timeout' (ticks drain after every callback from the loop)
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
  const a = net.connect(port, '127.0.0.1');
  const b = net.connect(port, '127.0.0.1');
  let connected = 0;
  let timedOut = 0;
  function onTimeout(name, sock) {
    return () => {
      log(name, 'timeout');
      process.nextTick(() => {
        log(name, 'tick');
        sock.destroy();
        if (++timedOut === 2) server.close();
      });
    };
  }
  function onConnect() {
    if (++connected < 2) return;
    a.setTimeout(20, onTimeout('A', a));
    b.setTimeout(20, onTimeout('B', b));
    busy(60); // both timeouts are due before the loop looks again
  }
  a.on('connect', onConnect);
  b.on('connect', onConnect);
});
