// tls.connect({socket}) over a plain socket that was pause()d after connecting (what https-proxy-agent does): the handshake completes, data flows both ways, the plain socket's state afterwards; and a TLS server socket made with new TLSSocket over a pauseOnConnect socket whose ClientHello was already buffered
'use strict';
const fs = require('fs');
const net = require('net');
const tls = require('tls');
const { log } = require('../../trace');

const ca = fs.readFileSync('fixtures/root.pem');
const key = fs.readFileSync('fixtures/good-key.pem');
const cert = fs.readFileSync('fixtures/good.pem');

function clientSide(done) {
  const server = tls.createServer({ key, cert }, (s) => {
    s.on('data', (d) => s.end('echo:' + d));
  });
  server.listen(0, '127.0.0.1', () => {
    const raw = net.connect(server.address().port, '127.0.0.1', () => {
      raw.pause();
      log('raw paused', raw.isPaused());
      const socket = tls.connect({ socket: raw, servername: 'localhost', ca }, () => {
        log('secureConnect authorized', socket.authorized, 'protocol', socket.getProtocol());
        socket.write('hello');
      });
      socket.setEncoding('utf8');
      socket.on('data', (d) => log('data', d));
      socket.on('end', () => log('end'));
      socket.on('close', () => {
        log('close');
        server.close(done);
      });
    });
  });
}

function serverSide() {
  const serverLines = [];
  const clientLines = [];
  let closed = 0;
  function closedOne() {
    if (++closed < 2) return;
    for (const line of serverLines) log(...line);
    for (const line of clientLines) log(...line);
  }
  const server = net.createServer({ pauseOnConnect: true }, (raw) => {
    // Wait until the ClientHello is there, unread, before wrapping.
    setTimeout(() => {
      const socket = new tls.TLSSocket(raw, { isServer: true, key, cert });
      socket.on('secure', () => serverLines.push(['server secure']));
      socket.on('data', (d) => { serverLines.push(['server data', d.toString()]); socket.end('bye'); });
      socket.on('close', () => { serverLines.push(['server close']); server.close(); closedOne(); });
    }, 50);
  });
  server.listen(0, '127.0.0.1', () => {
    const client = tls.connect({ port: server.address().port, host: '127.0.0.1', servername: 'localhost', ca }, () => {
      clientLines.push(['client secureConnect', client.authorized]);
      client.write('hi');
    });
    client.setEncoding('utf8');
    client.on('data', (d) => clientLines.push(['client data', d]));
    client.on('close', () => { clientLines.push(['client close']); closedOne(); });
  });
}

clientSide(serverSide);
