"""Port of Node's test/parallel/test-stream-writable-writable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-writable.js
"""

from node_http_agent import process
from node_http_agent.stream import Writable


def test_destroy(run):
    def main():
        w = Writable({'write': lambda chunk, encoding, callback: None})
        assert w.writable is True
        w.destroy()
        assert w.writable is False
    run(main)


def test_sync_error(common, run):
    def main():
        w = Writable({
            'write': common.mustCall(lambda chunk, encoding, callback: callback(Exception())),
        })
        assert w.writable is True
        w.write('asd')
        assert w.writable is False
        w.on('error', common.mustCall())
    run(main)


def test_async_error(common, run):
    def main():
        def write(chunk, encoding, callback):
            def later():
                callback(Exception())
                assert w.writable is False
            process.nextTick(later)
        w = Writable({'write': common.mustCall(write)})
        w.write('asd')
        w.on('error', common.mustCall())
    run(main)


def test_end(common, run):
    def main():
        w = Writable({'write': common.mustNotCall()})
        assert w.writable is True
        w.end()
        assert w.writable is False
    run(main)
