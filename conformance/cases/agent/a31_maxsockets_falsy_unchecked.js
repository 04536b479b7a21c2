// catalogue 31 - falsy maxSockets (0, NaN) becomes Agent.defaultMaxSockets; negative or non-number values are stored unchecked (probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

for (const [label, value] of [['0', 0], ['NaN', NaN], ['-1', -1], ['"x"', 'x'], ['2.5', 2.5], ['1', 1]]) {
  const a = new http.Agent({ maxSockets: value });
  log('maxSockets=' + label, '->', a.maxSockets, 'is Infinity', a.maxSockets === Infinity);
}
