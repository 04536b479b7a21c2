// catalogue 13 - createConnection options carry _agentKey === getName(opts), encoding null, noDelay true, path null, the computed servername ('' for IP hosts, else from the Host header) (probe p13, p17)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const seen = [];
class SpyAgent extends http.Agent {
  createConnection(options, cb) {
    seen.push(options);
    return super.createConnection(options, cb);
  }
}

const server = http.createServer((req, res) => res.end('ok'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const R = (s) => (typeof s === 'string' ? s.split(String(port)).join('PORT') : s);
  const show = (label, o, agent) => {
    log(label, 'keys', Object.keys(o));
    log(label, 'host', o.host, 'port is server port', o.port === port, 'path', o.path, 'noDelay', o.noDelay, 'encoding', o.encoding);
    log(label, 'servername', o.servername, '_agentKey', R(o._agentKey), '=== getName(options)', o._agentKey === agent.getName(o));
    log(label, 'agent is the agent', o.agent === agent);
  };
  // One fresh agent per request, so that each request opens a new socket.
  const requests = [
    ['plain', { host: '127.0.0.1', port }],
    ['Host header', { host: '127.0.0.1', port, path: '/h', headers: { host: 'example.test:1234' } }],
    ['servername given', { host: '127.0.0.1', port, servername: 'given.test' }],
    ['localAddress', { host: '127.0.0.1', port, localAddress: '127.0.0.1' }],
  ];
  const next = (i) => {
    if (i === requests.length) {
      server.close();
      return;
    }
    const [label, opts] = requests[i];
    const agent = new SpyAgent({ keepAlive: true });
    opts.agent = agent;
    http.get(opts, (res) => {
      show(label, seen[i], agent);
      res.resume();
      res.on('end', () => {
        agent.destroy();
        setImmediate(next, i + 1);
      });
    });
  };
  next(0);
});
