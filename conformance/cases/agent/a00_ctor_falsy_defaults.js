// §1.1 step 6 - options normalised with ||: falsy values take the default, nothing but scheduling/maxTotalSockets is validated (probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function tryNew(label, opts) {
  try {
    const a = new http.Agent(opts);
    log(label, 'OK', {
      keepAlive: a.keepAlive, keepAliveMsecs: a.keepAliveMsecs, maxSockets: a.maxSockets,
      maxFreeSockets: a.maxFreeSockets, scheduling: a.scheduling,
    }, 'maxSockets is Infinity', a.maxSockets === Infinity, 'maxTotalSockets is Infinity', a.maxTotalSockets === Infinity);
  } catch (e) {
    log(label, 'THROW', e.code, e.message);
  }
}

tryNew('no options', undefined);
tryNew('null options', null);
tryNew('{}', {});
tryNew('keepAliveMsecs=0', { keepAliveMsecs: 0 });
tryNew('keepAliveMsecs=250', { keepAliveMsecs: 250 });
tryNew('keepAlive="yes"', { keepAlive: 'yes' });
tryNew('keepAlive=0', { keepAlive: 0 });
tryNew('keepAlive=""', { keepAlive: '' });
tryNew('maxFreeSockets=0', { maxFreeSockets: 0 });
tryNew('maxFreeSockets=-3', { maxFreeSockets: -3 });
tryNew('timeout="x"', { timeout: 'x' });
tryNew('timeout=-5', { timeout: -5 });
tryNew('scheduling=""', { scheduling: '' });
tryNew('scheduling=null', { scheduling: null });
tryNew('keepAliveMsecs=NaN', { keepAliveMsecs: NaN });
tryNew('keepAlive=NaN', { keepAlive: NaN });
tryNew('maxFreeSockets=NaN', { maxFreeSockets: NaN });
