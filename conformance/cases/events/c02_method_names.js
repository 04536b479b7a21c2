// catalogue 2 - test-event-emitter-method-names.js (on/off are aliases, left out)
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const names = ['addListener', 'emit', 'eventNames', 'getMaxListeners', 'listenerCount',
  'listeners', 'once', 'prependListener', 'prependOnceListener', 'rawListeners',
  'removeAllListeners', 'removeListener', 'setMaxListeners'];
for (const name of names) {
  log(name, EventEmitter.prototype[name].name);
}
