// catalogue 97 - test-events-add-abort-listener.mjs (probes ee-16, ee-22); JS d[Symbol.dispose]() <-> Python d.dispose()
'use strict';
const events = require('events');
const { log } = require('../../trace');

const ac = new AbortController();
let fired = 0;
events.addAbortListener(ac.signal, (e) => { fired++; log('abort listener got an event of type', e.type); });
ac.abort();
ac.abort();
log('fired', fired);
const ac2 = new AbortController();
const d2 = events.addAbortListener(ac2.signal, () => log('SHOULD NOT PRINT'));
d2[Symbol.dispose]();
ac2.abort();
log('disposed before abort: not called');
