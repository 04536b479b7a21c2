// audit: net.js L405-411 Socket is a Duplex with autoDestroy: with allowHalfOpen, once the readable side ended and the writable side finished the socket is destroyed ('close')
'use strict';
const net = require('net');
const { log } = require('../../trace');

// Each side's events are collected and printed at the end: the two sockets'
// relative order is I/O scheduling.
const events = { server: [], client: [] };
let closed = 0;
function onclosed() {
  if (++closed === 2) {
    log('server', events.server);
    log('client', events.client);
    server.close();
  }
}
const fallback = setTimeout(() => {
  log('not closed', events.server, events.client);
  process.exit(0);
}, 2000);

const server = net.createServer({ allowHalfOpen: true }, (s) => {
  s.on('data', () => {});
  s.on('end', () => {
    events.server.push('end');
    setTimeout(() => s.end('bye'), 20);
  });
  s.on('finish', () => events.server.push('finish'));
  s.on('close', (hadError) => {
    events.server.push(`close ${hadError}`);
    onclosed();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('hi');
  });
  c.on('finish', () => events.client.push('finish'));
  c.on('data', (d) => events.client.push(`data ${d}`));
  c.on('end', () => events.client.push('end'));
  c.on('close', (hadError) => {
    events.client.push(`close ${hadError}`);
    clearTimeout(fallback);
    onclosed();
  });
});
