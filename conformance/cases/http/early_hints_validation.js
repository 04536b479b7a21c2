// writeEarlyHints validation (validateObject, validateLinkHeaderValue), uniqueHeaders in trailers, setHeaders after the head
'use strict';
const http = require('http');
const { log } = require('../../trace');

const server = http.createServer({ uniqueHeaders: ['x-t'] }, (req, res) => {
  for (const hints of ['str', null, { link: 42 }, { link: '</a>; rel' }, { link: ['</a>', 'bad'] },
    { link: '</a>; rel="x"' }, { link: '</a>;rel=preload;as=style' }]) {
    try {
      res.writeEarlyHints(hints);
      log('ok', JSON.stringify(hints));
    } catch (e) {
      log(e.code, e.message);
    }
  }
  res.setHeader('Trailer', 'x-t, x-u');
  res.addTrailers({ 'x-t': ['1', '2'], 'x-u': ['3', '4'] });
  res.end('body');
  try {
    res.setHeaders(new Map([['a', '1']]));
  } catch (e) {
    log(e.code, e.message);
  }
});

server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1', agent: false });
  req.on('information', (info) => log('information', info.statusCode, info.rawHeaders));
  req.on('response', (res) => {
    res.resume();
    res.on('end', () => {
      log('trailers', res.rawTrailers);
      server.close();
    });
  });
});
