// catalogue 84 - probe p13: a createConnection that throws synchronously on the agent path propagates out of http.get() (instance-assigned and subclass hooks)
'use strict';
const http = require('http');
const { log } = require('../../trace');

class ThrowingAgent extends http.Agent {
  createConnection() {
    throw new Error('sync throw (subclass)');
  }
}

const instance = new http.Agent();
instance.createConnection = () => { throw new Error('sync throw (instance)'); };

for (const agent of [instance, new ThrowingAgent()]) {
  try {
    http.get({ host: '127.0.0.1', port: 1, agent });
    log('no exception');
  } catch (e) {
    log('thrown from http.get:', e.message, 'sockets', agent.sockets, 'total', agent.totalSocketCount);
  }
}
