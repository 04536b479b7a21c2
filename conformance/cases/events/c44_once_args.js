// catalogue 44 - test-event-emitter-once.js (the 0-4+ argument code paths)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const maxArgs = 4;
for (let i = 0; i <= maxArgs; ++i) {
  const ee = new EventEmitter();
  const args = ['foo'];
  for (let j = 0; j < i; ++j) args.push(j);
  ee.once('foo', (...params) => log('emitted', i, 'args, got', params));
  EventEmitter.prototype.emit.apply(ee, args);
}
