// audit: _http_client.js L203-204 (options.timeout) and L945 (setTimeout) go through getTimerDuration (internal/timers.js L400-415): 'a non-negative finite number'
'use strict';
const http = require('http');
const { log } = require('../../trace');

for (const t of [-1, Infinity, NaN, '10']) {
  try {
    const r = http.request({ host: '127.0.0.1', port: 1, timeout: t, agent: false });
    r.on('error', () => {});
    r.destroy();
    log('accepted', t);
  } catch (e) {
    log(e.code, e.message);
  }
}

const req = http.request({ host: '127.0.0.1', port: 1, agent: false });
req.on('error', () => {});
for (const t of [-1, Infinity, NaN]) {
  try {
    req.setTimeout(t);
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
req.destroy();
