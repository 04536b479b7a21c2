"""Port of Node's test/parallel/test-stream-readable-ended.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-ended.js
"""

from node_http_agent.stream import Readable


def test_basic():
    # Find it on Readable.prototype
    assert 'readableEnded' in vars(Readable)  # Object.hasOwn(Readable.prototype, ...)


def test_event(common, run):
    def main():
        readable = Readable()

        def _read(size):
            # The state ended should start in false.
            assert readable.readableEnded is False
            readable.push('asd')
            assert readable.readableEnded is False
            readable.push(None)
            assert readable.readableEnded is False
        readable._read = common.mustCall(_read)

        def onend():
            assert readable.readableEnded is True
        readable.on('end', common.mustCall(onend))

        def ondata(chunk):
            assert readable.readableEnded is False
        readable.on('data', common.mustCall(ondata))
    run(main)


def test_multiple_push_null(common, run):
    # Verifies no `error` triggered on multiple .push(null) invocations
    def main():
        readable = Readable()

        readable.on('readable', lambda: readable.read())
        readable.on('error', common.mustNotCall())
        readable.on('end', common.mustCall())

        readable.push('a')
        readable.push(None)
        readable.push(None)
    run(main)
