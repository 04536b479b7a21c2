// test-http-mutable-headers.js: setHeader/getHeader/getHeaders/hasHeader/removeHeader/getHeaderNames on ServerResponse
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// Is the response in `buf` complete (head, then a Content-Length or chunked body)?
function complete(buf) {
  const i = buf.indexOf('\r\n\r\n');
  if (i === -1) return false;
  const head = buf.slice(0, i).toLowerCase();
  const m = /content-length: *(\d+)/.exec(head);
  if (m) return buf.length >= i + 4 + Number(m[1]);
  if (head.includes('transfer-encoding: chunked')) return buf.endsWith('\r\n0\r\n\r\n');
  return true;
}

// Print a response line by line, without its Date header.
function show(buf) {
  for (const line of buf.split('\r\n')) {
    if (!line.startsWith('Date: ')) log('|' + line);
  }
}

const server = http.createServer((req, res) => {
  res.setHeader('Content-Type', 'text/plain');
  res.setHeader('X-List', ['a', 'b']);
  res.setHeader('X-Num', 5);
  res.setHeader('X-Gone', 'bye');
  log('getHeader', res.getHeader('content-type'), res.getHeader('X-LIST'), res.getHeader('x-num'), res.getHeader('nope'));
  log('hasHeader', res.hasHeader('X-Gone'), res.hasHeader('x-nope'));
  res.removeHeader('x-gone');
  log('hasHeader after remove', res.hasHeader('X-Gone'));
  log('getHeaderNames', res.getHeaderNames());
  log('getRawHeaderNames', res.getRawHeaderNames());
  log('getHeaders', res.getHeaders());
  res.end('x');
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => {
    buf += d.toString('latin1');
    if (!complete(buf)) return;
    show(buf);
    sock.end();
    server.close();
  });
  sock.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n');
});
