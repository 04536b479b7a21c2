// stream pause()/resume() on IncomingMessage: a paused response emits no 'data' until resume()
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 5\r\nConnection: close\r\n\r\nhello');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    res.pause();
    log('isPaused', res.isPaused());
    res.on('data', (d) => log('data', d.toString()));
    res.on('end', () => {
      log('end');
      server.close();
    });
    log('still paused after on("data")', res.isPaused());
    setTimeout(() => {
      log('resume');
      res.resume();
      log('isPaused', res.isPaused());
    }, 50);
  });
});
