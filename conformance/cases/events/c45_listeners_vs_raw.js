// catalogue 45 - test-event-emitter-listeners.js (probe ee-05)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function listener() {}
function listener2() {}
{
  const ee = new EventEmitter();
  ee.once('foo', listener);
  const copy = ee.listeners('foo');
  log('listeners() unwrapped', copy.length, copy[0] === listener);
  copy.push(listener2);
  log('mutating the copy changes nothing', ee.listeners('foo').length, copy.length);
}
{
  const ee = new EventEmitter();
  ee.on('foo', listener);
  const raw1 = ee.rawListeners('foo');
  log('raw of on()', raw1.length, raw1[0] === listener, 'fresh array', raw1 !== ee.rawListeners('foo'));
  ee.once('foo', listener);
  const raw2 = ee.rawListeners('foo');
  log('raw of once()', raw2.length, raw2[0] === listener, raw2[1] !== listener, raw2[1].listener === listener);
  ee.emit('foo');
  log('old raw array unchanged after emit', raw2.length, raw2[1].listener === listener, 'now', ee.rawListeners('foo').length);
}
{
  class TestStream extends EventEmitter {}
  const s = new TestStream();
  log('subclass listeners', s.listeners('foo'));
}
