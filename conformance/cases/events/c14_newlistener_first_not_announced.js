// catalogue 14 - (no Node test) probe ee-01
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const ee = new EventEmitter();
function nl1(ev, fn) { log('nl1 saw', ev, fn.name, 'count', ee.listenerCount(ev)); }
function nl2(ev, fn) { log('nl2 saw', ev, fn.name); }
ee.on('newListener', nl1);
log('added nl1');
ee.on('newListener', nl2);
log('added nl2');
function orig() {}
ee.once('foo', orig);
function pre() {}
ee.prependListener('foo', pre);
log('foo listeners', ee.listeners('foo').map((f) => f.name));
