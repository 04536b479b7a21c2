// audit: _http_outgoing.js L668-707 setHeaders(Headers|Map): set-cookie entries are collected and set once as an array; anything without keys()/get() is ERR_INVALID_ARG_TYPE
'use strict';
const http = require('http');
const { log } = require('../../trace');

const o = new http.OutgoingMessage();
const ret = o.setHeaders(new Map([['x-a', '1'], ['set-cookie', 'a=1'], ['Set-Cookie', 'b=2']]));
log('returns this', ret === o);
log(o.getHeaders());
o.setHeaders(new Map([['x-b', '2'], ['set-cookie', ['c=3', 'd=4']]]));
log(o.getHeaders());
for (const bad of [null, [], 'str']) {
  try {
    o.setHeaders(bad);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
o._header = 'x';
try {
  o.setHeaders(new Map([['x-c', '3']]));
} catch (e) {
  log(e.code, e.message);
}
