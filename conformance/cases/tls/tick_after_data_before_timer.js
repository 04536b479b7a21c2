// tls: a nextTick queued by a TLSSocket's 'data' listener runs before a timer that fell due while the data was on its way (the TLS layer's reads are callbacks from the loop, and ticks drain after each)
'use strict';
const fs = require('fs');
const tls = require('tls');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');
const key = fs.readFileSync('fixtures/good-key.pem');
const cert = fs.readFileSync('fixtures/good.pem');

function busy(ms) {
  const end = Date.now() + ms;
  while (Date.now() < end);
}

let serverSide;
const server = tls.createServer({ key, cert }, (s) => {
  serverSide = s;
  s.resume();
});
server.listen(0, '127.0.0.1', () => {
  const client = tls.connect({ port: server.address().port, host: '127.0.0.1',
                               servername: 'localhost', ca }, () => {
    log('secureConnect');
    setTimeout(() => {
      // From a timer: the next timer falls due during the busy wait, the data arrives too.
      setTimeout(() => {
        log('timer');
        client.end();
        server.close();
      }, 1);
      serverSide.write('ping');
      busy(50);
    }, 20);
  });
  client.setEncoding('utf8');
  client.on('data', (d) => {
    log('data', d);
    process.nextTick(() => log('tick after data'));
  });
});
