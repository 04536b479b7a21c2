// test-http-server-client-error.js: with no 'clientError' listener, a request that does not parse gets HTTP/1.1 400 Bad Request and the connection closes
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer(() => log('request (not expected)'));

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => { buf += d.toString('latin1'); });
  sock.on('end', () => log('client end'));
  sock.on('close', () => {
    for (const line of buf.split('\r\n')) log('|' + line);
    server.close();
  });
  sock.write('BAD\x01 / HTTP/1.1\r\nHost: x\r\n\r\n');
});
