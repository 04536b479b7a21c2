// catalogue 19 - test-http-agent-false.js: agent: false sends Connection: close
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// Is the request in `buf` complete (head, then a Content-Length or chunked body)?
function complete(buf) {
  const i = buf.indexOf('\r\n\r\n');
  if (i === -1) return false;
  const head = buf.slice(0, i).toLowerCase();
  const m = /content-length: *(\d+)/.exec(head);
  if (m) return buf.length >= i + 4 + Number(m[1]);
  if (head.includes('transfer-encoding: chunked')) return buf.endsWith('\r\n0\r\n\r\n');
  return true;
}

// A raw server: print the first request's bytes line by line, answer, close.
const server = net.createServer((sock) => {
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!complete(buf)) return;
    const port = String(server.address().port);
    for (const line of buf.split(port).join('PORT').split('\r\n')) log('|' + line);
    sock.end('HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});

function done(res) {
  let body = '';
  res.on('data', (d) => { body += d.toString(); });
  res.on('end', () => {
    log('response', res.statusCode, body);
    server.close();
  });
}

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, done);
});
