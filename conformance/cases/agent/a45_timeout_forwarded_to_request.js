// catalogue 45 - test-http-agent-timeout-option.js, test-http-client-timeout-option-with-agent.js: tickOnSocket forwards socket 'timeout' only when req.timeout or agent.options.timeout is set
'use strict';
const http = require('http');
const { log } = require('../../trace');

// The server accepts requests and never answers.
const server = http.createServer((req, res) => {});

function attempt(label, port, agentOptions, reqTimeout, userSocketTimeout) {
  return new Promise((resolve) => {
    const agent = new http.Agent(agentOptions);
    const req = http.get({ host: '127.0.0.1', port, agent, timeout: reqTimeout });
    let reqTimeouts = 0;
    req.on('timeout', () => { reqTimeouts++; });
    req.on('error', (e) => log(label, 'req error', e.code));
    req.on('close', () => {
      log(label, 'req close');
      agent.destroy();
      resolve();
    });
    req.on('socket', (socket) => {
      if (userSocketTimeout) socket.setTimeout(userSocketTimeout);
      socket.on('timeout', () => {
        setImmediate(() => {
          log(label, 'socket timeout; req timeouts', reqTimeouts);
          req.destroy();
        });
      });
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  await attempt('agent timeout', port, { timeout: 50 }, undefined, undefined);
  await attempt('request timeout', port, {}, 50, undefined);
  await attempt('neither (user socket.setTimeout)', port, {}, undefined, 50);
  server.close();
});
