"""Port of Node's test/parallel/test-stream-error-once.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-error-once.js
"""

from node_http_agent.stream import Readable, Writable


def test_writable(common, run):
    def main():
        writable = Writable()
        writable.on('error', common.mustCall())
        writable.end()
        writable.write('h')
        writable.write('h')
    run(main)


def test_readable(common, run):
    def main():
        readable = Readable()
        readable.on('error', common.mustCall())
        readable.push(None)
        readable.push('h')
        readable.push('h')
    run(main)
