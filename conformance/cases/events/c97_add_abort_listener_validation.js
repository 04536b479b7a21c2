// catalogue 97 - test-events-add-abort-listener.mjs (validation) (probe ee-22)
'use strict';
const events = require('events');
const { log } = require('../../trace');

const show = (label, fn) => {
  try { fn(); log(label, 'accepted'); } catch (e) { log(label, e.code, e.message, 'TypeError', e instanceof TypeError); }
};
show('no arguments', () => events.addAbortListener());
show('null signal', () => events.addAbortListener(null, () => {}));
show('{} signal', () => events.addAbortListener({}, () => {}));
show('"x" signal', () => events.addAbortListener('x', () => {}));
show('missing listener', () => events.addAbortListener(new AbortController().signal));
show('null listener', () => events.addAbortListener(new AbortController().signal, null));
show('{} listener', () => events.addAbortListener(new AbortController().signal, {}));
