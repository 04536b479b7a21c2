// issue 12: res.resume() discards a 10 MB body (client) and req.resume() a 1 MB upload (server); both end
'use strict';
const http = require('http');
const { log } = require('../../trace');

const big = Buffer.alloc(10 * 1024 * 1024, 'x');
const server = http.createServer((req, res) => {
  let got = 0;
  if (req.method === 'POST') {
    req.on('end', () => { log('server upload ended'); res.end('ok'); });
    req.resume();
    return;
  }
  res.end(big);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/' }, (res) => {
    log('status', res.statusCode);
    res.on('end', () => {
      log('client body discarded');
      const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/up' }, (res2) => {
        let body = '';
        res2.setEncoding('utf8');
        res2.on('data', (c) => { body += c; });
        res2.on('end', () => { log('upload answer', body); server.close(() => log('closed')); });
      });
      req.end(Buffer.alloc(1024 * 1024, 'y'));
    });
    res.resume();
  });
});
