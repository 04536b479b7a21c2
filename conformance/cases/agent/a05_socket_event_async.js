// catalogue 5 - 'socket' is always emitted asynchronously: req.socket is null right after http.get(), also when a pooled socket is reused (probe p04)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const get = (tag, next) => {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => setImmediate(next));
    });
    let sync = true;
    req.on('socket', (s) => log(tag, "'socket' emitted synchronously", sync, 'req.socket is the socket', req.socket === s));
    log(tag, 'after http.get: req.socket is null', req.socket == null, 'reusedSocket', req.reusedSocket);
    process.nextTick(() => log(tag, 'first nextTick: req.socket is null', req.socket == null));
    sync = false;
  };
  get('new', () => get('reuse', () => {
    agent.destroy();
    server.close();
  }));
});
