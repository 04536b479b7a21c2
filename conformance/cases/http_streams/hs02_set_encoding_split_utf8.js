// issue 12: setEncoding('utf8') keeps multi-byte characters split across reads (76 KB JSON of 'é€😀')
'use strict';
const http = require('http');
const { log } = require('../../trace');

const text = JSON.stringify({ s: 'é€😀'.repeat(8000) });
const raw = Buffer.from(text, 'utf8');
const server = http.createServer((req, res) => {
  res.writeHead(200, { 'content-length': raw.length });
  // odd-sized writes so characters straddle chunk boundaries
  let i = 0;
  const step = () => {
    while (i < raw.length) {
      const n = Math.min(1001, raw.length - i);
      const ok = res.write(raw.subarray(i, i + n));
      i += n;
      if (!ok) return res.once('drain', step);
    }
    res.end();
  };
  step();
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1' }, (res) => {
    res.setEncoding('utf8');
    let body = '';
    let strings = true;
    res.on('data', (c) => { body += c; if (typeof c !== 'string') strings = false; });
    res.on('end', () => {
      log('all strings', strings);
      log('replacement chars', body.split('\ufffd').length - 1);
      log('equal', body === text, body.length);
      server.close();
    });
  });
});
