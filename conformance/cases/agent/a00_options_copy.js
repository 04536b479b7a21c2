// §1.1 step 2 - agent.options is a shallow copy: the caller's object is neither kept nor mutated (probe p03)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const o = { keepAlive: true, maxSockets: 2 };
const agent = new http.Agent(o);
log('options is a copy', agent.options !== o);
log('caller object unchanged', o);
log('agent.options', agent.options);
agent.options.timeout = 50;
log('caller object after agent.options.timeout = 50', o);
o.maxSockets = 9;
log('agent.maxSockets after caller mutation', agent.maxSockets, 'agent.options.maxSockets', agent.options.maxSockets);
