// §1.1/§1.2 - constructor normalisation and defaults: options copy, keepAliveMsecs, maxSockets, maxFreeSockets, scheduling, maxTotalSockets, listeners (probe p03)
'use strict';
const http = require('http');
const { log } = require('../../trace');

function show(label, a) {
  log(label, 'options keys', Object.keys(a.options));
  log(label, 'options', a.options);
  log(label, 'keepAlive', a.keepAlive, 'keepAliveMsecs', a.keepAliveMsecs);
  log(label, 'maxSockets', a.maxSockets, 'is Infinity', a.maxSockets === Infinity);
  log(label, 'maxFreeSockets', a.maxFreeSockets, 'scheduling', a.scheduling);
  log(label, 'maxTotalSockets', a.maxTotalSockets, 'is Infinity', a.maxTotalSockets === Infinity);
  log(label, 'totalSocketCount', a.totalSocketCount, 'defaultPort', a.defaultPort, 'protocol', a.protocol);
  log(label, 'requests', a.requests, 'sockets', a.sockets, 'freeSockets', a.freeSockets);
  log(label, "listenerCount('free')", a.listenerCount('free'), 'eventNames', a.eventNames());
}

show('new Agent()', new http.Agent());
show('{keepAlive,timeout,foo}', new http.Agent({ keepAlive: true, timeout: 100, foo: 1 }));
show('all set', new http.Agent({
  keepAlive: true, keepAliveMsecs: 500, maxSockets: 3, maxFreeSockets: 4,
  maxTotalSockets: 10, scheduling: 'fifo',
}));
show('{noDelay:false}', new http.Agent({ noDelay: false }));
show('globalAgent', http.globalAgent);
