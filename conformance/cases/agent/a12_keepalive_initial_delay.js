// catalogue 12 - test-http-agent-keepalive-delay.js: createConnection gets keepAlive: true and keepAliveInitialDelay === agent.keepAliveMsecs when keepAlive is on (probe p13)
'use strict';
const http = require('http');
const { log } = require('../../trace');

class SpyAgent extends http.Agent {
  createConnection(options, cb) {
    log('createConnection keepAlive', options.keepAlive, 'keepAliveInitialDelay', options.keepAliveInitialDelay,
        'has keepAliveInitialDelay', 'keepAliveInitialDelay' in options);
    return super.createConnection(options, cb);
  }
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const configs = [
    ['{keepAlive:true,keepAliveMsecs:2500}', { keepAlive: true, keepAliveMsecs: 2500 }],
    ['{keepAlive:true}', { keepAlive: true }],
    ['{}', {}],
    ['{keepAliveMsecs:2500}', { keepAliveMsecs: 2500 }],
  ];
  const next = (i) => {
    if (i === configs.length) {
      server.close();
      return;
    }
    const [label, opts] = configs[i];
    const agent = new SpyAgent(opts);
    log(label, 'agent.keepAliveMsecs', agent.keepAliveMsecs);
    http.get({ host: '127.0.0.1', port, agent }, (res) => {
      res.resume();
      res.on('end', () => {
        agent.destroy();
        setImmediate(next, i + 1);
      });
    });
  };
  next(0);
});
