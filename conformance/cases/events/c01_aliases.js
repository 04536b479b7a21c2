// catalogue 1 - test-event-emitter-method-names.js, test-event-emitter-add-listeners.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const P = EventEmitter.prototype;
log('on is addListener', P.on === P.addListener);
log('off is removeListener', P.off === P.removeListener);
const ee = new EventEmitter();
log('instance on == addListener', ee.on === ee.addListener);
log('instance off == removeListener', ee.off === ee.removeListener);
