// test-http-client-unescaped-path.js, _http_client.js ClientRequest validation: http.request() throws synchronously on a bad method, path, protocol or header
'use strict';
const http = require('http');
const { log } = require('../../trace');

function attempt(label, options) {
  try {
    http.request(options);
    log(label, 'no throw');
  } catch (err) {
    log(label, err.code, err instanceof TypeError, err.message);
  }
}

attempt('bad method', { host: '127.0.0.1', port: 1, method: 'BAD METHOD' });
attempt('method with colon', { host: '127.0.0.1', port: 1, method: 'GE:T' });
attempt('method not a string', { host: '127.0.0.1', port: 1, method: 42 });
attempt('space in path', { host: '127.0.0.1', port: 1, path: '/a b' });
attempt('tab in path', { host: '127.0.0.1', port: 1, path: '/a\tb' });
attempt('https protocol', { host: '127.0.0.1', port: 1, protocol: 'https:' });
attempt('ftp protocol', { host: '127.0.0.1', port: 1, protocol: 'ftp:' });
attempt('header value CRLF', { host: '127.0.0.1', port: 1, headers: { 'X-Bad': 'a\r\nb' } });
attempt('header name space', { host: '127.0.0.1', port: 1, headers: { 'bad name': 'v' } });
attempt('header name empty', { host: '127.0.0.1', port: 1, headers: { '': 'v' } });
attempt('header value undefined', { host: '127.0.0.1', port: 1, headers: { 'X-Undef': undefined } });
attempt('host not a string', { host: 42, port: 1 });
attempt('timeout not a number', { host: '127.0.0.1', port: 1, timeout: 'x' });
