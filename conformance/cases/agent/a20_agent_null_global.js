// catalogue 20 - test-http-agent-null.js, test-http-client-reject-unexpected-agent.js: agent null or undefined uses http.globalAgent
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server got Connection:', req.headers.connection);
  res.end('ok');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const P = (m) => {
    const o = {};
    for (const k of Object.keys(m)) o[k.split(String(port)).join('PORT')] = m[k].length;
    return o;
  };
  const forms = [
    ['agent: null', { host: '127.0.0.1', port, agent: null }],
    ['agent: undefined', { host: '127.0.0.1', port, agent: undefined }],
    ['no agent key', { host: '127.0.0.1', port }],
  ];
  const next = (i) => {
    if (i === forms.length) {
      http.globalAgent.destroy();
      server.close();
      return;
    }
    const [label, opts] = forms[i];
    const req = http.get(opts, (res) => {
      log(label, 'response', res.statusCode, 'reusedSocket', req.reusedSocket);
      res.resume();
      res.on('end', () => setImmediate(() => {
        log(label, 'globalAgent freeSockets', P(http.globalAgent.freeSockets));
        next(i + 1);
      }));
    });
    log(label, 'req.agent is http.globalAgent', req.agent === http.globalAgent, 'globalAgent sockets', P(http.globalAgent.sockets));
  };
  next(0);
});
