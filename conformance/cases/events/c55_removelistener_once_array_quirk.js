// catalogue 55 - (no Node test) probe ee-20: v20.20.2 reports the WRAPPER on once auto-removal from an array
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function orig() {}
function other() {}
const tag = (fn) => (fn === orig ? 'original' : fn.listener === orig ? 'wrapper' : 'other');
{
  const ee = new EventEmitter();
  ee.on('removeListener', (ev, fn) => { if (ev === 'x') log('array path, auto-removal:', tag(fn)); });
  ee.on('x', other);
  ee.once('x', orig);
  ee.emit('x');
}
{
  const ee = new EventEmitter();
  ee.on('removeListener', (ev, fn) => { if (ev === 'x') log('array path, removeListener(orig):', tag(fn)); });
  ee.on('x', other);
  ee.once('x', orig);
  ee.removeListener('x', orig);
}
