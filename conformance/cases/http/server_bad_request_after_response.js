// audit: _http_server.js L880-881 socketOnError answers 400 when there is no in-flight response (or its header was not sent), even on a keep-alive connection that already carried a response
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request', req.url);
  res.end('ok');
});
server.on('connection', (s) => s.on('close', () => server.close()));

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' });
  let got = '';
  let sentBad = false;
  c.on('connect', () => c.write('GET /first HTTP/1.1\r\nHost: x\r\n\r\n'));
  c.on('data', (d) => {
    got += d.toString('latin1');
    if (!sentBad && got.endsWith('ok')) {
      sentBad = true;
      c.write('NOT HTTP\r\n\r\n');
    }
  });
  c.on('end', () => {
    log('client got', got.replace(/Date: .*\r\n/, '').split('\r\n'));
  });
  c.on('close', () => log('client close'));
});
