// audit: _http_client.js L297 and L316 test !this.getHeader('host') / !this.getHeader('Authorization'): an empty header value is replaced by the computed Host / Basic auth
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', (d) => {
    const lines = d.toString('latin1').split('\r\n').filter((l) => /^(host|authorization):/i.test(l));
    log('headers', lines.map((l) => l.replace(/:\d+$/, ':PORT')));
    s.end('HTTP/1.1 204 No Content\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({
    port: server.address().port, host: '127.0.0.1', agent: false, auth: 'u:p',
    headers: { Host: '', Authorization: '' },
  }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  log('getHeader', req.getHeader('host').replace(/:\d+$/, ':PORT'), req.getHeader('authorization'));
});
