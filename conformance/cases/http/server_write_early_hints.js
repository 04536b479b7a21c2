// audit: _http_server.js L308-334 writeEarlyHints(hints[, cb]): a '103 Early Hints' head with Link (validateLinkHeaderValue) and the other hints, written before the response
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  res.writeEarlyHints({
    link: ['</styles.css>; rel=preload; as=style', '</app.js>; rel=preload; as=script'],
    'x-trace-id': 'abc',
  }, () => log('hints written'));
  res.writeEarlyHints({ 'x-no-link': '1' });
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('information', (info) => {
    log('information', info.statusCode, info.statusMessage, info.rawHeaders);
  });
  req.on('response', (res) => {
    log('response', res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
