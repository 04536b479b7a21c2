// catalogue 41, §1.7 - invalid scheduling throws ERR_INVALID_ARG_VALUE (case-sensitive); a falsy value becomes 'lifo' (test-http-agent-scheduling.js, probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function tryNew(label, opts) {
  try {
    const a = new http.Agent(opts);
    log(label, 'OK', a.scheduling);
  } catch (e) {
    log(label, 'THROW', 'TypeError', e instanceof TypeError, e.code, e.message);
  }
}

tryNew('omitted', {});
tryNew('"fifo"', { scheduling: 'fifo' });
tryNew('"lifo"', { scheduling: 'lifo' });
tryNew('""', { scheduling: '' });
tryNew('null', { scheduling: null });
tryNew('0', { scheduling: 0 });
tryNew('false', { scheduling: false });
tryNew('"filo"', { scheduling: 'filo' });
tryNew('"FIFO"', { scheduling: 'FIFO' });
tryNew('1', { scheduling: 1 });
tryNew('true', { scheduling: true });
tryNew('"fifo "', { scheduling: 'fifo ' });
