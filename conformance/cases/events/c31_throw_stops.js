// catalogue 31 - (no Node test) probe ee-04
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
const out = [];
const boom = new Error('boom');
ee.on('t', () => out.push(1));
ee.on('t', () => { out.push(2); throw boom; });
ee.on('t', () => out.push(3));
try {
  ee.emit('t');
  log('no throw');
} catch (e) {
  log('emit threw', e.message, 'same object', e === boom, 'ran', out.join(','));
}
log('listeners kept', ee.listenerCount('t'));
const single = new EventEmitter();
single.on('s', () => { throw new Error('single'); });
try { single.emit('s'); } catch (e) { log('single listener threw', e.message); }
