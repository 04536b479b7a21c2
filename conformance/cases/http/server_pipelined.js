// _http_server.js (state.outgoing): pipelined requests in one write are answered in order, even when the first answers last
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('request', req.url);
  if (req.url === '/1') {
    setTimeout(() => res.end('one'), 30);
  } else {
    res.end('two');
  }
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const sock = net.connect(port, '127.0.0.1');
  let buf = '';
  sock.on('data', (d) => { buf += d.toString('latin1'); });
  sock.on('end', () => {
    for (const line of buf.split('\r\n')) {
      if (!line.startsWith('Date: ')) log('|' + line);
    }
    server.close();
  });
  sock.write('GET /1 HTTP/1.1\r\nHost: x\r\n\r\nGET /2 HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
});
