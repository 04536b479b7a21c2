// catalogue 71 - test-events-list.js (probe ee-10); strings only: see c72 for integer-like keys and symbols
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
for (const n of ['b', 'a', 'zeta', '__proto__', 'alpha', 'toString']) ee.on(n, () => {});
log(ee.eventNames());
ee.removeAllListeners('a');
ee.on('a', () => {});
log('re-added goes last', ee.eventNames());
ee.prependListener('b', () => {});
log('prepend does not move the key', ee.eventNames());
