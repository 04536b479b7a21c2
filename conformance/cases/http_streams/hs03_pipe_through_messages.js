// issue 12: a Readable piped into a ClientRequest, req.pipe(res) on the server, res.pipe(Writable) on the client
'use strict';
const http = require('http');
const { Readable, Writable } = require('stream');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.on('pipe', () => log('res got pipe'));
  req.on('end', () => log('server req end'));
  req.pipe(res);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST' }, (res) => {
    const chunks = [];
    const sink = new Writable({
      write(chunk, enc, cb) { chunks.push(chunk); cb(); },
    });
    sink.on('pipe', (src) => log('sink pipe from res', src === res));
    sink.on('finish', () => {
      log('sink finish', Buffer.concat(chunks).toString());
      server.close();
    });
    res.pipe(sink);
  });
  req.on('pipe', () => log('req got pipe'));
  req.on('finish', () => log('req finish'));
  Readable.from(['alpha-', 'beta-', 'gamma']).pipe(req);
});
