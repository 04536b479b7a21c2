// catalogue 22, §1.7 - test-http-client-reject-unexpected-agent.js: agent true, 'agent', {}, 1 or a function throws ERR_INVALID_ARG_TYPE synchronously (probe p02)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function agentFn() {}
const failing = [['true', true], ['"agent"', 'agent'], ['{}', {}], ['1', 1], ['function', agentFn]];
for (const [label, agent] of failing) {
  try {
    http.request({ method: 'GET', host: '127.0.0.1', port: 1, agent });
    log(label, 'no throw');
  } catch (e) {
    log(label, 'TypeError', e instanceof TypeError, e.code, e.message);
  }
}
