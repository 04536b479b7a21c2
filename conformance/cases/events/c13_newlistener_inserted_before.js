// catalogue 13 - test-event-emitter-add-listeners.js ([listen2, listen1]) (probes ee-01, ee-18)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function listen1() {}
function listen2() {}
const ee = new EventEmitter();
ee.once('newListener', () => {
  log('outer: hello count', ee.listeners('hello').length);
  ee.once('newListener', () => log('inner: hello count', ee.listeners('hello').length));
  ee.on('hello', listen2);
});
ee.on('hello', listen1);
log('order', ee.listeners('hello').map((f) => f.name));

const e2 = new EventEmitter();
const out = [];
e2.once('newListener', (ev) => { if (ev === 'event') e2.on('event', () => out.push('B')); });
e2.on('event', () => out.push('A'));
e2.emit('event');
log('emit order', out.join(''));
