// catalogue 42 - test-event-emitter-once.js (probe ee-03)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const e = new EventEmitter();
const remove = () => log('once->foo should not be emitted');
e.once('foo', remove);
e.removeListener('foo', remove);
log('emit after removing original', e.emit('foo'));
e.on('bar', () => {});
e.once('bar', remove);
e.off('bar', remove);
log('array path: count', e.listenerCount('bar'), 'raw[0] is wrapper', e.rawListeners('bar')[0] !== remove);
e.emit('bar');
