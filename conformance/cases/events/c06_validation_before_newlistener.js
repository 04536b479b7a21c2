// catalogue 6 - (no Node test) probe ee-07
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.on('newListener', (name) => log('newListener', name));
for (const m of ['on', 'once', 'prependListener', 'prependOnceListener']) {
  try {
    ee[m]('z', 5);
  } catch (e) {
    log(m, 'threw', e.code);
  }
}
log('z count', ee.listenerCount('z'));
