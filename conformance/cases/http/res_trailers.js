// _http_incoming.js _addHeaderLines (complete: trailers): trailers, rawTrailers and trailersDistinct of a chunked response, empty until 'end'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nTrailer: X-Check\r\nConnection: close\r\n\r\n' +
             '2\r\nok\r\n0\r\nX-Check: abc\r\nx-check: def\r\nX-Other: 1\r\n\r\n');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    log('before', res.trailers, res.rawTrailers);
    res.resume();
    res.on('end', () => {
      log('trailers', res.trailers);
      log('rawTrailers', res.rawTrailers);
      log('trailersDistinct', res.trailersDistinct);
      log('headers', res.headers);
      server.close();
    });
  });
});
