// issue 12: net sockets as Duplex streams: an echo server by socket.pipe(socket); the client reads on 'readable' with read(n) and unshift()
'use strict';
const net = require('net');
const { log } = require('../../trace');

const server = net.createServer((socket) => {
  socket.pipe(socket);
});
server.listen(0, '127.0.0.1', () => {
  const client = net.connect(server.address().port, '127.0.0.1', () => {
    log('connected', client.readableFlowing, client.isPaused());
    client.end('HEADER|body-one|body-two');
  });
  let all = '';
  let unshifted = false;
  client.on('readable', () => {
    let chunk;
    while ((chunk = client.read(7)) !== null) {
      if (!unshifted) {
        unshifted = true;
        log('first 7', chunk.toString());
        client.unshift(chunk.subarray(6));
        continue;
      }
      all += chunk.toString();
    }
  });
  client.on('end', () => {
    const rest = client.read();
    if (rest) all += rest.toString();
    log('read all', all);
    log('flags', client.readableEnded, client.writableFinished);
  });
  client.on('close', (hadError) => {
    log('close', hadError, client.destroyed);
    server.close();
  });
});
