// audit: net.js L2006-2125 Server.listen: options without port/path -> ERR_INVALID_ARG_VALUE('must have the property "port" or "path"'); a non-number/string port (listen(true)) -> ERR_INVALID_ARG_VALUE
'use strict';
const net = require('net');
const { log } = require('../../trace');

const s = net.createServer();
for (const args of [[{ host: '127.0.0.1' }], [true], [{ port: 1.5 }]]) {
  try {
    s.listen(...args);
    log('accepted');
    s.close();
  } catch (e) {
    log(e.code, e.message);
  }
}
