// catalogue 86 - test-http-agent-getname.js (probe p01): the family is appended only for the numbers 4 and 6
'use strict';
const http = require('http');
const { log } = require('../../trace');

const agent = new http.Agent();
for (const family of [4, 6, '4', '6', 0, null, undefined, 'bogus', 5, true]) {
  log('family', [family], '=>', agent.getName({ host: 'h', port: 1, family }));
}
