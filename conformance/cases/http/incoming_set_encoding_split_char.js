// audit: readable.js setEncoding uses a StringDecoder: a multi-byte UTF-8 character split across two chunks is delivered whole (res.setEncoding and net socket.setEncoding)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const euro = Buffer.from('\u20ac');  // 3 bytes
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'Content-Length': 5 });
  res.write(Buffer.concat([Buffer.from('a'), euro.subarray(0, 1)]));
  setTimeout(() => res.end(Buffer.concat([euro.subarray(1), Buffer.from('b')])), 50);
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.setEncoding('utf8');
    const chunks = [];
    res.on('data', (d) => chunks.push(d));
    res.on('end', () => {
      log('chunks', chunks.map((c) => Buffer.from(c).toString('hex')));
      log('text', chunks.join('') === 'a\u20acb');
      server.close();
    });
  });
});
