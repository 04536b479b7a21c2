// catalogue 83 - test-http-agent-close.js (probe p13): createSocket overridden in a subclass calling cb(err) makes the request emit that same error, then 'close', with req.destroyed true
'use strict';
const http = require('http');
const { log } = require('../../trace');

const _err = new Error('kaboom');

class MyAgent extends http.Agent {
  createSocket(req, options, cb) {
    log('createSocket: options._agentKey', options._agentKey, 'name', this.getName(options));
    cb(_err);
  }
}

const agent = new MyAgent();

const req = http
  .request({
    agent,
  })
  .on('error', (err) => {
    log("req 'error' is the same object", err === _err, err.message);
  })
  .on('close', () => {
    log("req 'close' destroyed", req.destroyed, 'sockets', agent.sockets, 'total', agent.totalSocketCount);
  });
log('after http.request: sockets', agent.sockets);
