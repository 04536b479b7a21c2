// test-http-server-close-all.js: closeAllConnections() drops a connection whose request is still being handled
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const serverSide = [];
const clientSide = [];
let pending = 2;
function done() {
  if (--pending > 0) return;
  log('server side', serverSide);
  log('client side', clientSide);
}

const server = http.createServer((req, res) => {
  serverSide.push('request ' + req.url);
  req.on('close', () => serverSide.push('req close'));
  res.on('close', () => serverSide.push('res close, writableEnded ' + res.writableEnded));
  res.on('finish', () => serverSide.push('res finish (not expected)'));
  server.close(() => {
    serverSide.push('server close callback');
    done();
  });
  setImmediate(() => server.closeAllConnections());
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => { buf += d.toString('latin1'); });
  sock.on('close', () => {
    clientSide.push('close, received ' + JSON.stringify(buf));
    done();
  });
  sock.on('error', (err) => clientSide.push('error ' + err.code));
  sock.write('GET /slow HTTP/1.1\r\nHost: x\r\n\r\n');
});
