// audit: _http_server.js L525-532 Server(options): a non-function, non-null options must pass validateObject(options, 'options')
'use strict';
const http = require('http');
const { log } = require('../../trace');

for (const o of ['abc', 42, true, []]) {
  try {
    http.createServer(o);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
