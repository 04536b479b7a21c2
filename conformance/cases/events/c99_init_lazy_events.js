// An emitter used before its constructor ran (Node creates _events lazily) and EventEmitter.call(this) keeping listeners already added; methods borrowed onto a plain object
'use strict';
const EventEmitter = require('events');
const util = require('util');
const { log } = require('../../trace');

function Old() {
  this.on('early', () => log('early listener ran'));
  EventEmitter.call(this);
  this.on('late', () => log('late listener ran'));
}
util.inherits(Old, EventEmitter);
const o = new Old();
log('names', o.eventNames());
o.emit('early');
o.emit('late');

const bare = Object.create(EventEmitter.prototype);
log('emit before init', bare.emit('x'), bare.listenerCount('x'), bare.eventNames());
bare.once('x', (v) => log('once on bare', v));
log('count', bare.listenerCount('x'));
bare.emit('x', 1);
bare.emit('x', 2);

const plain = {};
const { on, emit, removeListener, listeners } = EventEmitter.prototype;
const fn = (v) => log('plain got', v);
on.call(plain, 'y', fn);
log('plain emit', emit.call(plain, 'y', 'v'));
log('plain listeners', listeners.call(plain, 'y').length);
removeListener.call(plain, 'y', fn);
log('plain after removal', listeners.call(plain, 'y').length, emit.call(plain, 'y', 'w'));
