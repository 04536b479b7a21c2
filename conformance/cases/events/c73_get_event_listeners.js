// catalogue 73 - test-events-static-geteventlisteners.js (probe ee-16)
'use strict';
const { getEventListeners, EventEmitter } = require('events');
const { log } = require('../../trace');

const emitter = new EventEmitter();
function fn1() {}
function fn2() {}
log('empty', getEventListeners(emitter, 'foo'));
emitter.on('foo', fn1);
emitter.once('foo', fn2);
emitter.on('foo', fn1);
const got = getEventListeners(emitter, 'foo');
log('names', got.map((f) => f.name), 'unwrapped', got[1] === fn2);
log('same as listeners()', got.length === emitter.listeners('foo').length && got.every((f, i) => f === emitter.listeners('foo')[i]));
for (const bad of ['bad', 1, {}]) {
  try { getEventListeners(bad, 'foo'); } catch (e) { log(e.code, e.message, 'TypeError', e instanceof TypeError); }
}
