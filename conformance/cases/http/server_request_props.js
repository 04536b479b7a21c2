// _http_server.js: the server's IncomingMessage: method, url, httpVersion, headers, rawHeaders
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
  log(req.method, req.url, req.httpVersion, req.httpVersionMajor, req.httpVersionMinor);
  log('headers', req.headers);
  log('rawHeaders', req.rawHeaders);
  log('statusCode', req.statusCode, 'statusMessage', req.statusMessage);
  res.end();
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
  sock.write('PUT /p/q?x=1 HTTP/1.1\r\nHost: example\r\nX-Dup: 1\r\nx-dup: 2\r\nCookie: a=1\r\nCookie: b=2\r\nUser-Agent: one\r\nUser-Agent: two\r\nContent-Length: 0\r\n\r\n');
});
