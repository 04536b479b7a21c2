// catalogue 6 - event order of a keep-alive request and of its reuse; hooks keepSocketAlive/reuseSocket; agent 'free' listeners run after the internal one (probe p04, test-http-client-agent-end-close-event.js, test-http-keepalive-free.js)
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => res.end('hello'));
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const agent = new http.Agent({ keepAlive: true });
  const name = agent.getName({ host: '127.0.0.1', port });
  const st = () => ({
    sockets: (agent.sockets[name] || []).length,
    free: (agent.freeSockets[name] || []).length,
    total: agent.totalSocketCount,
  });
  const origReuse = agent.reuseSocket;
  agent.reuseSocket = function(socket, req) {
    log('agent.reuseSocket', st());
    return origReuse.call(this, socket, req);
  };
  const origKeep = agent.keepSocketAlive;
  agent.keepSocketAlive = function(socket) {
    log('agent.keepSocketAlive', st());
    return origKeep.call(this, socket);
  };
  agent.on('free', (socket, opts) => log("agent 'free' user listener", st(), 'options.host', opts.host));
  let firstSocket = null;
  function one(tag, next) {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      log(tag, "req 'response' reusedSocket", req.reusedSocket, st());
      let gotData = false;
      res.on('data', () => {
        if (!gotData) log(tag, "res 'data'");
        gotData = true;
      });
      res.on('end', () => log(tag, "res 'end'", st()));
      res.on('close', () => {
        log(tag, "res 'close'", st());
        setImmediate(next);
      });
    });
    log(tag, 'http.get returned', st());
    req.on('socket', (s) => {
      log(tag, "req 'socket' same as first", firstSocket === null ? null : s === firstSocket, 'reusedSocket', req.reusedSocket, st());
      if (firstSocket === null) firstSocket = s;
      s.once('free', () => log(tag, "socket 'free'", st()));
    });
    req.on('finish', () => log(tag, "req 'finish'"));
    req.on('close', () => log(tag, "req 'close'", st()));
  }
  one('R1', () => one('R2', () => {
    agent.destroy();
    server.close();
  }));
});
