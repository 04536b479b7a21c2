// audit: _http_client.js L137-139 a string input goes through new URL() (WHATWG): dot segments removed, '\' is '/', path/query percent-encode sets ('|', '^' kept; "'" encoded in the query)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('url', req.url);
  res.end();
});

const paths = [
  '/a|b^c"d e{f}',
  '/x/../y/./z\\w',
  '/q?a=1|2^3&b={c}&d=\'e"',
];

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  function next() {
    const p = paths.shift();
    if (p === undefined) {
      server.close();
      return;
    }
    http.get(`http://127.0.0.1:${port}${p}`, { agent: false }, (res) => {
      res.resume();
      res.on('end', next);
    });
  }
  next();
});
