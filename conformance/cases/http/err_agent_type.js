// catalogue 22 - test-http-client-reject-unexpected-agent.js: agent true / 'agent' / {} / 1 throws ERR_INVALID_ARG_TYPE
'use strict';
const http = require('http');
const { log } = require('../../trace');

for (const agent of [true, 'agent', {}, 1, 0.5, []]) {
  try {
    http.request({ host: '127.0.0.1', port: 1, agent });
    log(agent, 'no throw');
  } catch (err) {
    log(agent, err.code, err instanceof TypeError, err.message);
  }
}
