// test-http-expect-continue.js (server side): a 'checkContinue' listener replaces 'request'; res.writeContinue() sends 100 Continue
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request', req.headers.expect);
  let body = '';
  req.on('data', (d) => { body += d.toString(); });
  req.on('end', () => res.end('got ' + body));
});
server.on('checkContinue', (req, res) => {
  log('checkContinue', req.headers.expect);
  res.writeContinue();
  server.emit('request', req, res);
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  let sentBody = false;
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!sentBody) {
      if (!buf.endsWith('\r\n\r\n')) return;
      log('interim', buf.split('\r\n'));
      buf = '';
      sentBody = true;
      sock.write('body');
      return;
    }
    if (!buf.endsWith('got body')) return;
    for (const line of buf.split('\r\n')) {
      if (!line.startsWith('Date: ')) log('|' + line);
    }
    sock.end();
    server.close();
  });
  sock.write('POST / HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 4\r\n\r\n');
});
