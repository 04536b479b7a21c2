// audit: _http_server.js L686-688 / _http_client.js L824-826 maxHeadersCount -> parser.maxHeaderPairs; _http_common.js L100-106: headers (not rawHeaders) keep only the first maxHeadersCount fields
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server', req.rawHeaders.length, req.headers);
  res.setHeader('X-A', '1');
  res.setHeader('X-B', '2');
  res.setHeader('X-C', '3');
  res.end();
});
server.maxHeadersCount = 2;

server.listen(0, '127.0.0.1', () => {
  const req = http.get({
    port: server.address().port, host: '127.0.0.1', agent: false, setHost: false,
    headers: { 'Host': 'h', 'X-1': 'a', 'X-2': 'b', 'X-3': 'c' },
  }, (res) => {
    log('client', res.rawHeaders.length, Object.keys(res.headers));
    res.resume();
    res.on('end', () => server.close());
  });
  req.maxHeadersCount = 1;
});
