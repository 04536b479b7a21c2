// audit: net.js L733-747 resetAndDestroy -> _reset (L854-857) -> destroy() with resetAndClosing (L813-819): the local side sees no 'error', only 'close'(false); the peer gets ECONNRESET
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('error', (e) => log('server error', e.code));
  s.on('close', () => {
    log('server close');
    server.close();
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' }, () => {
    c.resetAndDestroy();
    log('destroyed', c.destroyed);
  });
  c.on('error', (e) => log('client error', e.code));
  c.on('close', (hadError) => log('client close', hadError));
});
