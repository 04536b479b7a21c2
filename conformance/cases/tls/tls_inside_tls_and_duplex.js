// issue 12: tls.connect({socket}) over a TLSSocket (TLS inside TLS, both sides) and over a user's in-memory Duplex pair that carries bytes to a TLSSocket server made with new TLSSocket(duplex)
'use strict';
const fs = require('fs');
const tls = require('tls');
const { Duplex } = require('stream');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');
const key = fs.readFileSync('fixtures/good-key.pem');
const cert = fs.readFileSync('fixtures/good.pem');

function nested(done) {
  const server = tls.createServer({ key, cert }, (outer) => {
    const inner = new tls.TLSSocket(outer, { isServer: true, key, cert });
    inner.on('secure', () => log('server inner secure'));
    inner.on('data', (d) => inner.end('inner-echo:' + d));
  });
  server.listen(0, '127.0.0.1', () => {
    const outer = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
      log('outer secureConnect', outer.authorized);
      const inner = tls.connect({ socket: outer, servername: 'localhost', ca }, () => {
        log('inner secureConnect', inner.authorized, inner.encrypted);
        inner.write('hello');
      });
      inner.setEncoding('utf8');
      inner.on('data', (d) => log('inner data', d));
      inner.on('end', () => log('inner end'));
      inner.on('close', () => {
        log('inner close');
        server.close(done);
      });
    });
  });
}

function duplexPair() {
  const a = new Duplex({ read() {}, write(chunk, enc, cb) { b.push(chunk); cb(); }, final(cb) { b.push(null); cb(); } });
  const b = new Duplex({ read() {}, write(chunk, enc, cb) { a.push(chunk); cb(); }, final(cb) { a.push(null); cb(); } });
  return [a, b];
}

function overDuplex() {
  const [clientEnd, serverEnd] = duplexPair();
  const serverSocket = new tls.TLSSocket(serverEnd, { isServer: true, key, cert });
  serverSocket.on('secure', () => log('duplex server secure'));
  serverSocket.on('data', (d) => serverSocket.end('duplex-echo:' + d));
  const client = tls.connect({ socket: clientEnd, servername: 'localhost', ca }, () => {
    log('duplex secureConnect', client.authorized);
    client.write('over memory');
  });
  client.setEncoding('utf8');
  client.on('data', (d) => log('duplex data', d));
  client.on('end', () => log('duplex end'));
}

nested(overDuplex);
