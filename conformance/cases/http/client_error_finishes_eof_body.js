// audit: _http_client.js L507-511 socketErrorListener calls parser.finish() before freeParser: a read-until-close body completes ('end', complete) instead of 'aborted'
'use strict';
const http = require('http');
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.once('data', () => {
    s.write('HTTP/1.1 200 OK\r\nConnection: close\r\n\r\nbody1');
  });
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('error', (e) => log('req error', e.message));
  req.on('response', (res) => {
    res.on('data', (d) => {
      log('data', d.toString());
      res.socket.destroy(new Error('boom'));
    });
    res.on('aborted', () => log('aborted'));
    res.on('end', () => log('end', res.complete));
    res.on('error', (e) => log('res error', e.message));
    res.on('close', () => {
      log('res close', res.complete, res.aborted);
      server.close();
    });
  });
});
