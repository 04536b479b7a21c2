// audit: _http_outgoing.js L887-896, L927-938 and L1078-1080: strictContentLength checks every write after the header is stored, and end(), with ERR_HTTP_CONTENT_LENGTH_MISMATCH
'use strict';
const http = require('http');
const { log } = require('../../trace');

const req = http.request({ host: '127.0.0.1', port: 1, method: 'POST', agent: false });
req.on('error', () => {});
req.strictContentLength = true;
req.setHeader('Content-Length', 5);
for (const step of [() => req.write('abcdefgh'), () => req.write('abc'),
  () => req.end('x'), () => req.end()]) {
  try {
    step();
    log('ok');
  } catch (e) {
    log(e.code, e.message);
  }
}
req.destroy();
