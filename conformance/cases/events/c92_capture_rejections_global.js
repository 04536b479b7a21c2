// catalogue 92 - test-event-capture-rejections.js (globalSetting, globalSettingNoConstructor) (probe ee-13)
'use strict';
const events = require('events');
const { EventEmitter } = events;
const { log } = require('../../trace');

log('default', EventEmitter.captureRejections, events.captureRejections);
EventEmitter.captureRejections = true;
log('after setting', EventEmitter.captureRejections, events.captureRejections);
class NoConstructor extends EventEmitter {}
const a = new EventEmitter();
const b = new NoConstructor();
const c = new EventEmitter({ captureRejections: false });
EventEmitter.captureRejections = false;
for (const [label, ee] of [['plain', a], ['subclass', b], ['explicit false while global true', c]]) {
  ee.on('something', async () => { throw new Error(label); });
  ee.on('error', (err) => log('captured:', err.message));
  ee.emit('something');
}
