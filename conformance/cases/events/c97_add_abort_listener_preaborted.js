// catalogue 97 - (probe ee-22) v20.20.2: an already-aborted signal queues the listener (no arguments); dispose does not cancel it
'use strict';
const events = require('events');
const { log } = require('../../trace');

const d = events.addAbortListener(AbortSignal.abort(), (...args) => log('pre-aborted listener ran with', args.length, 'arguments'));
d[Symbol.dispose]();
log('sync code after addAbortListener');
