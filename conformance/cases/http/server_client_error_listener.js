// test-http-server-client-error.js: a 'clientError' listener gets the parse error (code, rawPacket) and the socket, and answers itself
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer(() => log('request (not expected)'));
server.on('clientError', (err, socket) => {
  log('clientError', err.code, err.message, err instanceof TypeError);
  log('rawPacket', JSON.stringify(err.rawPacket.toString('latin1')));
  socket.end('HTTP/1.1 418 Nope\r\nContent-Length: 0\r\n\r\n');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => { buf += d.toString('latin1'); });
  sock.on('close', () => {
    for (const line of buf.split('\r\n')) log('|' + line);
    server.close();
  });
  sock.write('GET / HTTP/1.1\r\nHost: x\r\nBad Header: 1\r\n\r\n');
});
