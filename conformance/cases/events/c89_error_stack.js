// catalogue 89 - test-events-uncaught-exception-stack.js
'use strict';
const EventEmitter = require('events');
const { log } = require('../../trace');

const err = new Error('x');
const before = err.stack;
try { new EventEmitter().emit('error', err); } catch (e) { log('stack unchanged', e.stack === before); }
