// audit: net.js L578 setStreamTimeout (stream_base_commons): destroyed -> return; getTimerDuration('msecs'); validateFunction(callback)
'use strict';
const net = require('net');
const { log } = require('../../trace');

const s = new net.Socket();
for (const t of [-1, Infinity, NaN]) {
  try {
    s.setTimeout(t);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
try {
  s.setTimeout(10, 'x');
  log('accepted');
} catch (e) {
  log(e.code, e.message);
}
s.setTimeout(0);
s.destroy();
try {
  s.setTimeout(-1);
  log('destroyed: ignored', s.timeout);
} catch (e) {
  log(e.code, e.message);
}
