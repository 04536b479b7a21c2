// catalogue 97 - test-events-add-abort-listener.mjs (runs despite stopImmediatePropagation) (probe ee-22)
'use strict';
const events = require('events');
const { log } = require('../../trace');

const ac = new AbortController();
ac.signal.addEventListener('abort', (e) => { log('first listener stops propagation'); e.stopImmediatePropagation(); });
ac.signal.addEventListener('abort', () => log('SHOULD NOT PRINT (plain listener after stop)'));
events.addAbortListener(ac.signal, (e) => log('addAbortListener listener still runs:', e.type));
ac.abort();
log('after abort');
