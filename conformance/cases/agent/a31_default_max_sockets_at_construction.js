// catalogue 31, §1.2 - Agent.defaultMaxSockets (Infinity) is read at construction; later changes affect only new agents (probe p03)
'use strict';
const http = require('http');
const { log } = require('../../trace');

log('Agent.defaultMaxSockets is Infinity', http.Agent.defaultMaxSockets === Infinity);
const before = new http.Agent();
http.Agent.defaultMaxSockets = 7;
const after = new http.Agent();
const zero = new http.Agent({ maxSockets: 0 });
const given = new http.Agent({ maxSockets: 3 });
log('created before the change: maxSockets is Infinity', before.maxSockets === Infinity);
log('created after the change: maxSockets', after.maxSockets);
log('maxSockets: 0 after the change', zero.maxSockets);
log('maxSockets: 3 after the change', given.maxSockets);
http.Agent.defaultMaxSockets = Infinity;
log('after restoring: new Agent().maxSockets is Infinity', new http.Agent().maxSockets === Infinity);
log('the agent created at 7 keeps', after.maxSockets);
