// audit: _http_client.js L334 / _http_server.js L558, L1063 parseUniqueHeadersOption; _http_outgoing.js L565-577: array values of a uniqueHeaders field are joined with '; ' into one line
'use strict';
const http = require('http');
const { log } = require('../../trace');

function xHeaders(raw) {
  const out = [];
  for (let i = 0; i < raw.length; i += 2) {
    if (/^x-/i.test(raw[i])) out.push(raw[i], raw[i + 1]);
  }
  return out;
}

const server = http.createServer({ uniqueHeaders: ['x-res'] }, (req, res) => {
  log('server got', xHeaders(req.rawHeaders));
  res.setHeader('X-Res', ['a', 'b']);
  res.setHeader('X-Other', ['c', 'd']);
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  http.get({
    port: server.address().port, host: '127.0.0.1', agent: false,
    uniqueHeaders: ['X-Req'], headers: { 'X-Req': ['1', '2'], 'X-Plain': ['3', '4'] },
  }, (res) => {
    log('client got', xHeaders(res.rawHeaders));
    res.resume();
    res.on('end', () => server.close());
  });
});
