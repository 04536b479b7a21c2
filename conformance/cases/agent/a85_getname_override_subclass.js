// catalogue 85, 87 - code [V20] (getName is looked up on the agent at every use): a subclass getName decides the pool key, so two origins that map to one name share pooled sockets
'use strict';
const http = require('http');
const { log } = require('../../trace');

let calls = 0;

class MyAgent extends http.Agent {
  getName(options) {
    calls++;
    return 'shared';
  }
}

const serverA = http.createServer((req, res) => res.end('A'));
const serverB = http.createServer((req, res) => res.end('B'));

function get(agent, port) {
  return new Promise((resolve) => {
    const req = http.get({ host: '127.0.0.1', port, agent }, (res) => {
      let body = '';
      res.on('data', (d) => { body += d; });
      res.on('end', () => setImmediate(() => resolve([req, body])));
    });
  });
}

serverA.listen(0, '127.0.0.1', () => serverB.listen(0, '127.0.0.1', async () => {
  const agent = new MyAgent({ keepAlive: true });
  const createConnection = agent.createConnection;
  agent.createConnection = (options, cb) => {
    log('createConnection _agentKey', options._agentKey);
    return createConnection.call(agent, options, cb);
  };
  const [r1, body1] = await get(agent, serverA.address().port);
  log('to A: body', body1, 'reusedSocket', r1.reusedSocket, 'free', Object.keys(agent.freeSockets));
  const [r2, body2] = await get(agent, serverB.address().port);
  log('to B: body', body2, 'reusedSocket', r2.reusedSocket, 'free', Object.keys(agent.freeSockets), 'getName called', calls > 0);
  agent.destroy();
  serverA.close();
  serverB.close();
}));
