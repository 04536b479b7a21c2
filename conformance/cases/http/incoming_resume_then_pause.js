// audit: internal/streams/readable.js resume_() (scheduled by resume()) emits 'resume' and calls flow() even when pause() ran in between; the stream stays paused
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  req.on('resume', () => log('resume event'));
  req.on('pause', () => log('pause event'));
  req.resume();
  req.pause();
  log('flowing', req.readableFlowing, req.isPaused());
  setTimeout(() => {
    log('later flowing', req.readableFlowing);
    req.resume();
    req.on('end', () => {
      log('end');
      res.end();
    });
  }, 20);
});

server.listen(0, '127.0.0.1', () => {
  const r = http.request({ port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false }, (res) => {
    res.resume();
    res.on('end', () => server.close());
  });
  r.end('abc');
});
