// http.request(new URL(...)) and URL strings go through urlToHttpOptions: WHATWG path ('/a b/ü/../c' sent as '/a%20b/c'), auth from userinfo, options merged over the URL, the fragment dropped
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer((req, res) => {
  log('server', req.method, req.url, req.headers.authorization || '-', req.headers['x-extra'] || '-');
  res.end();
});

server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const base = `http://127.0.0.1:${port}`;
  const calls = [
    (cb) => http.get(new URL(`${base}/a b/ü/../c?x=1 2&y=ü#frag`), cb),
    (cb) => http.get(`http://user:p%40ss@127.0.0.1:${port}/auth`, cb),
    (cb) => http.request(new URL(`${base}/over`), { method: 'POST', headers: { 'x-extra': 'yes' } }, cb).end(),
    (cb) => http.get(`${base}/x/./y/../z\\w`, { agent: false }, cb),
  ];
  function next() {
    const call = calls.shift();
    if (!call) {
      server.close();
      return;
    }
    call((res) => {
      res.resume();
      res.on('end', next);
    });
  }
  next();
});
