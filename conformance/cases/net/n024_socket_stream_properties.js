// audit: net.js Socket (a stream.Duplex, L405-411; 'pending' L667-673) exposes the documented stream state: localFamily, readableFlowing, readableLength, *HighWaterMark, writableNeedDrain, closed, errored
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((s) => {
  s.on('data', () => {});
  s.on('end', () => s.end());
});

server.listen(0, '127.0.0.1', () => {
  const c = net.createConnection({ port: server.address().port, host: '127.0.0.1' }, () => {
    log('pending', c.pending, 'remoteFamily', c.remoteFamily);
    log('localFamily', c.localFamily);
    log('readableFlowing', c.readableFlowing, 'readableLength', c.readableLength);
    log('readableHighWaterMark', c.readableHighWaterMark, 'writableHighWaterMark', c.writableHighWaterMark);
    log('writableNeedDrain', c.writableNeedDrain, 'writableCorked', c.writableCorked);
    log('closed', c.closed, 'errored', c.errored);
    c.end();
  });
  c.on('data', () => {});
  c.on('close', () => {
    log('after close: closed', c.closed, 'pending', c.pending, 'readyState', c.readyState);
    server.close();
  });
});
