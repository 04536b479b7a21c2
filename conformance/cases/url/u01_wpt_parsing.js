// new URL(input, base) on every input of WPT's urltestdata.json (inputs only, from Node's test/fixtures/wpt): href, origin and each component, or the error code
'use strict';
const { log } = require('../../trace');
const cases = require('./wpt_urltestdata_inputs.json');

cases.forEach((c, i) => {
  try {
    const u = c.base === null ? new URL(c.input) : new URL(c.input, c.base);
    log(i, [u.href, u.origin, u.protocol, u.username, u.password, u.host, u.hostname, u.port,
            u.pathname, u.search, u.hash, JSON.stringify(u) === JSON.stringify(u.href)]);
  } catch (e) {
    log(i, 'throws', e.code, e.input === c.input);
  }
});
