// s068 - pipeline with an async generator transform stage and an async function sink: the callback gets the sink's return value; a throwing stage fails the pipeline (test-stream-pipeline.js)
'use strict';
const { Readable, pipeline } = require('stream');
const { log } = require('../../trace');

function second() {
  pipeline(
    Readable.from([1, 2]),
    async function* (source) {
      for await (const n of source) {
        if (n === 2) throw new Error('stage failed');
        yield n;
      }
    },
    async function (source) { for await (const n of source) log('sink got', n); },
    (err) => log('failing pipeline', err.message),
  );
}
const src = Readable.from(['x', 'y', 'z']);
pipeline(
  src,
  async function* (source) {
    for await (const chunk of source) yield chunk + '!';
  },
  async function (source) {
    const seen = [];
    for await (const chunk of source) seen.push(chunk);
    return seen.join(',');
  },
  (err, val) => {
    log('callback', err, val, 'src destroyed', src.destroyed);
    second();
  },
);
