// catalogue 55 - (no Node test) probes ee-11, ee-20: removeAllListeners reports the WRAPPER of a once in an array
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function orig() {}
function other() {}
const tag = (fn) => (fn === orig ? 'original' : fn.listener === orig ? 'wrapper' : fn === other ? 'other' : '?');
const ee = new EventEmitter();
ee.on('removeListener', (ev, fn) => { if (ev === 'x') log('removeAllListeners("x") reports', tag(fn)); });
ee.on('x', other);
ee.once('x', orig);
ee.removeAllListeners('x');
