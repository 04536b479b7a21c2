// catalogue 19 - test-event-emitter-subclass.js (probe ee-19)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

function Legacy() {
  this.on('early', () => log('early listener works'));
  this.emit('early');
  EventEmitter.call(this);
}
Object.setPrototypeOf(Legacy.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Legacy, EventEmitter);
const l = new Legacy();
log('listeners survive init', l.listenerCount('early'));
