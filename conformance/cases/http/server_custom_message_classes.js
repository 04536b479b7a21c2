// audit: _http_server.js L429-431 storeHTTPOptions keeps options.IncomingMessage / options.ServerResponse; _http_common.js L87-91 and _http_server.js L1052 build requests and responses from them
'use strict';
const http = require('http');
const { log } = require('../../trace');

class MyRequest extends http.IncomingMessage {
  greet() { return `req ${this.method} ${this.url}`; }
}
class MyResponse extends http.ServerResponse {
  greet() { return `res ${this.statusCode}`; }
}

const server = http.createServer({ IncomingMessage: MyRequest, ServerResponse: MyResponse }, (req, res) => {
  log(req instanceof MyRequest, res instanceof MyResponse);
  log(typeof req.greet === 'function' ? req.greet() : 'no greet', typeof res.greet === 'function' ? res.greet() : 'no greet');
  res.end('ok');
});

server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', path: '/x', agent: false }, (res) => {
    log('client', res instanceof MyRequest, res.statusCode);
    res.resume();
    res.on('end', () => server.close());
  });
});
