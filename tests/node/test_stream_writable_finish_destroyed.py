"""Port of Node's test/parallel/test-stream-writable-finish-destroyed.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-finish-destroyed.js
"""

from node_http_agent.stream import Writable


def test_stream_writable_finish_destroyed_end(common, run):
    def main():
        def write(chunk, encoding, cb):
            w.on('close', common.mustCall(lambda: cb()))
        w = Writable({'write': common.mustCall(write)})

        w.on('finish', common.mustNotCall())
        w.end('asd')
        w.destroy()
    run(main)


def test_stream_writable_finish_destroyed_write(common, run):
    def main():
        def write(chunk, encoding, cb):
            def onclose():
                cb()
                w.end()
            w.on('close', common.mustCall(onclose))
        w = Writable({'write': common.mustCall(write)})

        w.on('finish', common.mustNotCall())
        w.write('asd')
        w.destroy()
    run(main)


def test_stream_writable_finish_destroyed_empty(common, run):
    def main():
        w = Writable({'write': lambda chunk, encoding, cb: None})
        w.on('finish', common.mustNotCall())
        w.end()
        w.destroy()
    run(main)
