// test-http-information-processing.js, test-http-early-hints.js: 102 and 103 responses emit 'information' before 'response'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

// A raw server: two informational responses, then the final one, in one write.
const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.end('HTTP/1.1 102 Processing\r\n\r\n' +
             'HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\nLink: </a.js>; rel=preload\r\n\r\n' +
             'HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok');
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const req = http.get({ port, host: '127.0.0.1', path: '/', agent: false });
  req.on('information', (info) => {
    log('information keys', Object.keys(info));
    log('information', info.statusCode, info.statusMessage, info.httpVersion,
        info.httpVersionMajor, info.httpVersionMinor);
    log('information headers', info.headers);
    log('information rawHeaders', info.rawHeaders);
  });
  req.on('response', (res) => {
    log('response', res.statusCode);
    res.resume();
    res.on('end', () => {
      log('end');
      server.close();
    });
  });
});
