// audit: _http_outgoing.js L984-1027 addTrailers: array values of length > 1 give one line each, a 1-array is joined with '; ', values are checked with ERR_INVALID_CHAR('trailer content')
'use strict';
const http = require('http');
const { log } = require('../../trace');

const o = new http.OutgoingMessage();
for (const trailers of [{ 'X-F': 'bad\r\n' }, { 'X-F': ['ok', 'bad\n'] }, { 'bad name': 'v' }]) {
  try {
    o.addTrailers(trailers);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}

const server = http.createServer((req, res) => {
  res.setHeader('Trailer', 'X-A, X-B, X-C');
  res.write('body');
  res.addTrailers({ 'X-A': ['1', '2'], 'X-B': ['3', '4', '5'].slice(0, 1), 'X-C': 4 });
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    res.resume();
    res.on('end', () => {
      log('rawTrailers', res.rawTrailers);
      server.close();
    });
  });
});
