// audit: _http_client.js L890-900 onSocketNT on a destroyed request: finished(socket.destroy(...)) fires on the next tick (a destroyed net.Socket counts as closed), so 'error'/'close' come before the socket's 'close'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => { s.on('data', () => {}); });

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({
    port, host: '127.0.0.1',
    createConnection: (opts) => {
      const sock = net.createConnection({ port, host: '127.0.0.1' });
      sock.on('close', () => {
        log('socket close');
        server.close();
      });
      return sock;
    },
  });
  req.destroy();
  log('agent', req.agent === undefined);
  req.on('error', (e) => log('req error', e.code, e.message));
  req.on('close', () => log('req close'));
});
