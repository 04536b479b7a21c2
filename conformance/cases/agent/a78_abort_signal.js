// catalogue 78 - test-http-agent-abort-controller.js: an AbortSignal given to agent.createConnection or to a request aborts it with AbortError; a pre-aborted signal attaches no listener
'use strict';
const http = require('http');
const { getEventListeners, once } = require('events');
const { log } = require('../../trace');

const agent = new http.Agent();
const server = http.createServer();

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const host = '127.0.0.1';
  const options = {
    port: port,
    host: host,
    _agentKey: agent.getName({ port, host }),
  };

  async function postCreateConnection() {
    const ac = new AbortController();
    const { signal } = ac;
    const connection = agent.createConnection({ ...options, signal });
    log('postCreateConnection: abort listeners', getEventListeners(signal, 'abort').length);
    ac.abort();
    const [err] = await once(connection, 'error');
    log('postCreateConnection:', err.name, err.code, err.message);
  }

  async function preCreateConnection() {
    const ac = new AbortController();
    const { signal } = ac;
    ac.abort();
    const connection = agent.createConnection({ ...options, signal });
    const [err] = await once(connection, 'error');
    log('preCreateConnection:', err.name, err.code, err.message);
  }

  async function agentAsParam() {
    const ac = new AbortController();
    const { signal } = ac;
    const request = http.get({
      host: '127.0.0.1',
      port: server.address().port,
      path: '/hello',
      agent: agent,
      signal,
    });
    log('agentAsParam: abort listeners', getEventListeners(signal, 'abort').length);
    ac.abort();
    const [err] = await once(request, 'error');
    log('agentAsParam:', err.name, err.code, err.message);
  }

  async function agentAsParamPreAbort() {
    const ac = new AbortController();
    const { signal } = ac;
    ac.abort();
    const request = http.get({
      host: '127.0.0.1',
      port: server.address().port,
      path: '/hello',
      agent: agent,
      signal,
    });
    log('agentAsParamPreAbort: abort listeners', getEventListeners(signal, 'abort').length);
    const [err] = await once(request, 'error');
    log('agentAsParamPreAbort:', err.name, err.code, err.message);
  }

  await postCreateConnection();
  await preCreateConnection();
  await agentAsParam();
  await agentAsParamPreAbort();
  server.close();
});
