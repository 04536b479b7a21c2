// audit: _http_client.js L442-448 ondrain + net.Socket: a body written before the socket connected (write() -> false) is followed by 'drain' once the socket flushed it
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
  const fallback = setTimeout(() => {
    log('no drain');
    req.on('error', () => {});
    req.destroy();
    server.closeAllConnections();
    server.close();
  }, 2000);
  const ok = req.write(Buffer.alloc(100000));
  log('write', ok, req.writableNeedDrain);
  req.on('drain', () => {
    clearTimeout(fallback);
    log('drain');
    req.end();
  });
  req.on('response', (res) => {
    res.setEncoding('utf8');
    res.on('data', (d) => log('body', d));
    res.on('end', () => server.close());
  });
});
