// issue 12 item 4: res.pipe(fs.createWriteStream(p)) over real http on 127.0.0.1: a 300 KB chunked body lands in the file, events of res and the file stream, then the file is served back with fs.createReadStream(p).pipe(res)
'use strict';
const fs = require('fs');
const http = require('http');
const { log } = require('../../trace');

const p = 'f08.tmp';
const body = Buffer.alloc(300000, 'xyz');
const server = http.createServer((req, res) => {
  if (req.url === '/file') {
    res.setHeader('content-length', fs.readFileSync(p).length);
    fs.createReadStream(p).pipe(res);
    return;
  }
  res.write(body.subarray(0, 100000));
  setTimeout(() => res.end(body.subarray(100000)), 5);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1' }, (res) => {
    const file = fs.createWriteStream(p);
    file.on('open', () => log('file open'));
    res.on('end', () => log('res end', res.complete));
    file.on('finish', () => log('file finish', file.bytesWritten));
    file.on('close', () => {
      log('file close', fs.readFileSync(p).equals(body));
      http.get({ port, host: '127.0.0.1', path: '/file' }, (res2) => {
        let n = 0;
        res2.on('data', (c) => { n += c.length; });
        res2.on('end', () => {
          log('served back', res2.headers['content-length'], n);
          fs.unlinkSync(p);
          server.close();
        });
      });
    });
    log('pipe', res.pipe(file) === file, res.statusCode);
  });
});
