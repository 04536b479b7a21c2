// stream setEncoding() on IncomingMessage: res.setEncoding('utf8') makes 'data' deliver strings, multibyte characters intact
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const BODY = Buffer.from('h\u00e9llo \u20ac \u{1F600}', 'utf8');

const server = net.createServer((sock) => {
  sock.once('data', () => {
    sock.write('HTTP/1.1 200 OK\r\nContent-Length: ' + BODY.length + '\r\nConnection: close\r\n\r\n');
    sock.end(BODY);
  });
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/', agent: false }, (res) => {
    res.setEncoding('utf8');
    let body = '';
    let allStrings = true;
    res.on('data', (d) => {
      if (typeof d !== 'string') allStrings = false;
      body += d;
    });
    res.on('end', () => {
      log('all strings', allStrings);
      log('body', body);
      server.close();
    });
  });
});
