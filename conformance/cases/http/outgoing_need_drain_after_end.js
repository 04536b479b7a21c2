// audit: _http_outgoing.js L846-851 writableNeedDrain is !destroyed && !finished && kNeedDrain; L442-448 (client ondrain) emits 'drain' only while !msg.finished
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  let n = 0;
  req.on('data', (d) => { n += d.length; });
  req.on('end', () => res.end(String(n)));
});

server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1', method: 'POST', agent: false,
  });
  const ok = req.write(Buffer.alloc(100000));
  log('write', ok, req.writableNeedDrain);
  req.end();
  log('after end', req.writableNeedDrain);
  req.on('drain', () => log('drain (not expected after end)'));
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => log('body', d));
    res.on('end', () => {
      log('end');
      server.close();
    });
  });
});
