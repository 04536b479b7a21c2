// audit: _http_outgoing.js L358-375 _send: the header is prepended to a string first chunk and written with that chunk's encoding (utf8), but latin1 for end() without data or a Buffer chunk
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  let buf = Buffer.alloc(0);
  s.on('data', (d) => {
    buf = Buffer.concat([buf, d]);
    const end = buf.indexOf('\r\n\r\n');
    if (end !== -1) {
      const head = buf.subarray(0, end).toString('latin1').split('\r\n');
      log('x-name bytes', Buffer.from(head.find((l) => l.startsWith('X-Name')), 'latin1').toString('hex'));
      s.end('HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n');
    }
  });
});

const bodies = [null, 'x', Buffer.from('x')];

function next(port) {
  const body = bodies.shift();
  if (body === undefined) {
    server.close();
    return;
  }
  const req = http.request({
    port, host: '127.0.0.1', method: 'POST', agent: false,
    headers: { 'X-Name': 'caf\u00e9' },
  });
  req.end(body);
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => next(port));
  });
}

server.listen(0, '127.0.0.1', () => next(server.address().port));
