// issue 12: stream.pipeline(res, Transform, Writable, cb) on a response; and a failing Transform destroys res
'use strict';
const http = require('http');
const { pipeline, Transform, Writable } = require('stream');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.write('hello ');
  setTimeout(() => res.end('world'), 10);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1' }, (res) => {
    let out = '';
    pipeline(
      res,
      new Transform({ transform(chunk, enc, cb) { cb(null, chunk.toString().toUpperCase()); } }),
      new Writable({ write(chunk, enc, cb) { out += chunk; cb(); } }),
      (err) => {
        log('pipeline done', err, out);
        http.get({ port, host: '127.0.0.1' }, (res2) => {
          res2.on('close', () => log('res2 close, destroyed', res2.destroyed));
          pipeline(
            res2,
            new Transform({ transform(chunk, enc, cb) { cb(new Error('boom')); } }),
            new Writable({ write(chunk, enc, cb) { cb(); } }),
            (err2) => {
              log('pipeline 2 error', err2.message);
              server.close();
            });
        });
      });
  });
});
