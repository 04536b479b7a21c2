// audit: net.js _unrefTimer (L511-517) refreshes the socket's timeout on every read/write; Timeout.refresh() re-arms a timer that already fired, so activity after a 'timeout' leads to another 'timeout'
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', (d) => s.write(d));
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  c.setTimeout(50);
  let n = 0;
  c.on('timeout', () => {
    n++;
    log('timeout', n);
    if (n === 1) {
      c.write('ping');
    } else {
      c.destroy();
      server.close();
    }
  });
  c.on('data', (d) => log('data', d.toString()));
  setTimeout(() => {
    if (n < 2) {
      log('no second timeout');
      c.destroy();
      server.close();
    }
  }, 1000).unref();
});
