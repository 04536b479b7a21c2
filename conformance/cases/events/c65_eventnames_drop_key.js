// catalogue 65 - test-events-list.js (probe ee-10)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const EE = new EventEmitter();
const m = () => {};
EE.on('foo', () => {});
log(EE.eventNames());
EE.on('bar', m);
log(EE.eventNames());
EE.removeListener('bar', m);
log(EE.eventNames());
const s = Symbol('s');
EE.on(s, m);
log('symbol added', EE.eventNames().length, EE.eventNames()[1] === s);
EE.removeListener(s, m);
log(EE.eventNames());
EE.once('baz', m);
EE.emit('baz');
log('after once fired', EE.eventNames());
