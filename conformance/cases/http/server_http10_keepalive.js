// test-http-1.0-keep-alive.js: an HTTP/1.0 request asking for keep-alive, answered with end(body): what Node 20 sends
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request', req.httpVersion, req.headers.connection);
  res.end('ab');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => { buf += d.toString('latin1'); });
  sock.on('end', () => {
    for (const line of buf.split('\r\n')) {
      if (!line.startsWith('Date: ')) log('|' + line);
    }
    log('client end');
  });
  sock.on('close', () => {
    log('client close');
    server.close();
  });
  sock.write('GET / HTTP/1.0\r\nConnection: keep-alive\r\n\r\n');
});
