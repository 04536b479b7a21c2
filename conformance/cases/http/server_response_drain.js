// audit: _http_server.js L717 socket.on('drain', state.onDrain) and L758-774 socketOnDrain: a response whose write() returned false gets 'drain' once the socket drained
'use strict';
const http = require('http');
const { log } = require('../../trace');

const chunk = Buffer.alloc(1024 * 1024, 97);
let total = 0;

const server = http.createServer((req, res) => {
  let writes = 0;
  const fallback = setTimeout(() => {
    log('no drain after', writes, 'writes');
    res.destroy();
    server.close();
  }, 3000);
  function pump() {
    while (writes < 8) {
      writes++;
      if (!res.write(chunk)) {
        res.once('drain', () => {
          pump();
        });
        return;
      }
    }
    clearTimeout(fallback);
    res.end();
  }
  pump();
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', agent: false }, (res) => {
    // Read slowly at first so that the server's socket buffer fills up.
    res.pause();
    setTimeout(() => res.resume(), 100);
    res.on('data', (d) => { total += d.length; });
    res.on('end', () => {
      log('client got', total);
      server.close();
    });
    res.on('error', () => {});
  });
});
