// audit: _http_client.js L582 socket.readableFlowing = null before 'upgrade': data that arrives before the user attaches 'data' is kept (net.Socket is a Duplex), not lost
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.once('data', () => {
    s.write('HTTP/1.1 101 Switching Protocols\r\nConnection: Upgrade\r\nUpgrade: x\r\n\r\nHEAD');
    s.once('data', (d) => {
      log('server got', d.toString());
      s.write('LATER');
    });
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({
    port: server.address().port, host: '127.0.0.1', agent: false,
    headers: { Connection: 'Upgrade', Upgrade: 'x' },
  });
  req.on('upgrade', (res, sock, head) => {
    log('upgrade', res.statusCode, head.toString());
    sock.write('go');
    const fallback = setTimeout(() => {
      log('no data');
      sock.destroy();
      server.close();
    }, 1000);
    setTimeout(() => {
      sock.on('data', (d) => {
        log('data', d.toString());
        clearTimeout(fallback);
        sock.destroy();
        server.close();
      });
    }, 150);
  });
});
