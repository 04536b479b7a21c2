// audit: _http_server.js L801-817 socketOnEnd: with server.httpAllowHalfOpen the pending response is marked _last and still sent after the client's FIN (no abortIncoming on 'end')
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request');
  req.on('aborted', () => log('req aborted'));
  req.on('close', () => log('req close'));
  res.on('close', () => log('res close', res.writableFinished));
  setTimeout(() => {
    log('respond', res.socket !== null && res.socket.writable);
    res.end('ok');
  }, 50);
});
server.httpAllowHalfOpen = true;

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true }, () => {
    c.end('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
  });
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    log('client got', got.replace(/Date: .*\r\n/, '').split('\r\n'));
    c.destroy();
  });
  c.on('close', () => server.close());
});
