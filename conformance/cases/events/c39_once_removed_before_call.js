// catalogue 39 - doc (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
ee.once('e', () => log('inside once: count', ee.listenerCount('e'), 'listeners', ee.listeners('e').length));
ee.on('e', () => {});
ee.emit('e');
const single = new EventEmitter();
single.once('s', () => log('inside single once: count', single.listenerCount('s'), 'eventNames', single.eventNames()));
single.emit('s');
