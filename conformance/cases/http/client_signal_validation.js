// audit: _http_client.js L206-210 addAbortSignal(signal, this) (internal/streams/add-abort-signal.js): an invalid signal is ERR_INVALID_ARG_TYPE('signal', 'AbortSignal')
'use strict';
const http = require('http');
const { log } = require('../../trace');

for (const s of ['x', {}, 42]) {
  try {
    const r = http.request({ host: '127.0.0.1', port: 1, signal: s, agent: false });
    r.on('error', () => {});
    r.destroy();
    log('accepted');
  } catch (e) {
    log(e.code, e.message);
  }
}
