// test-http-server-close-idle.js: server.close() also closes idle keep-alive connections (Node 19+), so 'close' comes without waiting
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const seen = [];
function note(what) {
  seen.push(what);
  if (seen.length === 3) log('events', seen.sort());
}

const server = http.createServer((req, res) => {
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!buf.endsWith('\r\n\r\nok')) return;
    log('response complete; keep-alive', buf.includes('Connection: keep-alive'));
    server.close(() => note('server close callback'));
  });
  sock.on('end', () => note('client end'));
  sock.on('close', () => note('client close'));
  sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
