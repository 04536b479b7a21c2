// catalogue 92 - test-event-capture-rejections.js (param validation, argValidation) (probe ee-13)
'use strict';
const { EventEmitter } = require('events');
const { log } = require('../../trace');

for (const arg of [1, [], { hello: 42 }, {}, Infinity, Math.PI, 'meow']) {
  try { new EventEmitter({ captureRejections: arg }); log('option accepted'); } catch (e) {
    log('option:', e.code, e.message, 'TypeError', e instanceof TypeError);
  }
  try { EventEmitter.captureRejections = arg; log('global accepted'); } catch (e) {
    log('global:', e.code, e.message);
  }
}
for (const arg of [0, '', null, false]) {
  new EventEmitter({ captureRejections: arg });
  log('falsy option accepted');
}
log('global still', EventEmitter.captureRejections);
