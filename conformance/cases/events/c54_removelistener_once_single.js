// catalogue 54 - test-event-emitter-remove-listeners.js (probes ee-02, ee-20)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function orig() {}
const tag = (fn) => (fn === orig ? 'original' : fn.listener === orig ? 'wrapper' : 'other');
{
  const ee = new EventEmitter();
  ee.once('x', orig);
  ee.on('removeListener', (ev, fn) => log('auto-removal reports', ev, tag(fn)));
  ee.emit('x');
}
{
  const ee = new EventEmitter();
  ee.once('x', orig);
  ee.on('removeListener', (ev, fn) => log('removeListener(orig) reports', ev, tag(fn)));
  ee.removeListener('x', orig);
}
{
  const ee = new EventEmitter();
  ee.once('x', orig);
  ee.on('removeListener', (ev, fn) => { if (ev === 'x') log('removeAllListeners(x) reports', ev, tag(fn)); });
  ee.removeAllListeners('x');
}
