// catalogue 32, §1.7 - maxTotalSockets: null throws ERR_INVALID_ARG_TYPE in Node (probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

try {
  const a = new http.Agent({ maxTotalSockets: null });
  log('OK', a.maxTotalSockets === Infinity);
} catch (e) {
  log('THROW', e.code, e.message);
}
