// catalogue 32, §1.7 - maxTotalSockets validation: validateNumber(v, 'maxTotalSockets', 1), exact v20 messages (test-http-agent-maxtotalsockets.js, probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function tryNew(label, opts) {
  try {
    const a = new http.Agent(opts);
    log(label, 'OK', a.maxTotalSockets, 'is Infinity', a.maxTotalSockets === Infinity);
  } catch (e) {
    log(label, 'THROW', 'TypeError', e instanceof TypeError, 'RangeError', e instanceof RangeError, e.code, e.message);
  }
}

tryNew('"test"', { maxTotalSockets: 'test' });
tryNew('"2"', { maxTotalSockets: '2' });
tryNew('true', { maxTotalSockets: true });
tryNew('NaN', { maxTotalSockets: NaN });
tryNew('-1', { maxTotalSockets: -1 });
tryNew('0', { maxTotalSockets: 0 });
tryNew('0.5', { maxTotalSockets: 0.5 });
tryNew('1', { maxTotalSockets: 1 });
tryNew('1.5', { maxTotalSockets: 1.5 });
tryNew('2', { maxTotalSockets: 2 });
tryNew('Infinity', { maxTotalSockets: Infinity });
tryNew('-Infinity', { maxTotalSockets: -Infinity });
tryNew('omitted', {});
tryNew('scheduling checked first', { scheduling: 'bad', maxTotalSockets: 0 });
