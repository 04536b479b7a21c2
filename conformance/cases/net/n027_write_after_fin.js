// audit: net.js L556-576 writeAfterFIN (installed by onReadableStreamEnd, L782-787): writing after the peer's FIN fails with EPIPE 'This socket has been ended by the other party'
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.end();
  server.close();
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  c.on('data', () => {});
  c.on('end', () => {
    log('end', c.writable, c.writableEnded);
    setImmediate(() => {
      log('later', c.writable, c.writableEnded);
      const ret = c.write('x', (err) => log('write cb', err.code, err.message));
      log('write returned', ret);
    });
  });
  c.on('error', (err) => log('error', err.code, err.message));
  c.on('close', (hadError) => log('close', hadError));
});
