"""Port of Node's test/parallel/test-stream-writable-write-writev-finish.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-write-writev-finish.js
"""

from node_http_agent import process, stream
from node_http_agent.timers import setImmediate

# Ensure consistency between the finish event when using cork()
# and writev and when not using them


def expectMessage(common, message):
    def onerror(er):
        assert str(er) == message
    return common.mustCall(onerror)


def test_sync_write_error(common, run):
    def main():
        writable = stream.Writable()

        writable._write = lambda chunks, encoding, cb: cb(Exception('write test error'))

        writable.on('finish', common.mustNotCall())
        writable.on('prefinish', common.mustNotCall())
        writable.on('error', expectMessage(common, 'write test error'))

        writable.end('test')
    run(main)


def test_async_write_error(common, run):
    def main():
        writable = stream.Writable()

        writable._write = lambda chunks, encoding, cb: \
            setImmediate(cb, Exception('write test error'))

        writable.on('finish', common.mustNotCall())
        writable.on('prefinish', common.mustNotCall())
        writable.on('error', expectMessage(common, 'write test error'))

        writable.end('test')
    run(main)


def test_sync_writev_error(common, run):
    def main():
        writable = stream.Writable()

        writable._write = lambda chunks, encoding, cb: cb(Exception('write test error'))

        writable._writev = lambda chunks, cb: cb(Exception('writev test error'))

        writable.on('finish', common.mustNotCall())
        writable.on('prefinish', common.mustNotCall())
        writable.on('error', expectMessage(common, 'writev test error'))

        writable.cork()
        writable.write('test')

        setImmediate(lambda: writable.end('test'))
    run(main)


def test_async_writev_error(common, run):
    def main():
        writable = stream.Writable()

        writable._write = lambda chunks, encoding, cb: \
            setImmediate(cb, Exception('write test error'))

        writable._writev = lambda chunks, cb: setImmediate(cb, Exception('writev test error'))

        writable.on('finish', common.mustNotCall())
        writable.on('prefinish', common.mustNotCall())
        writable.on('error', expectMessage(common, 'writev test error'))

        writable.cork()
        writable.write('test')

        setImmediate(lambda: writable.end('test'))
    run(main)


# Regression test for
# https://github.com/nodejs/node/issues/13812

def test_pipe_async_error(common, run):
    def main():
        rs = stream.Readable()
        rs.push('ok')
        rs.push(None)
        rs._read = lambda size: None

        ws = stream.Writable()

        ws.on('finish', common.mustNotCall())
        ws.on('error', common.mustCall())

        ws._write = lambda chunk, encoding, done: setImmediate(done, Exception())
        rs.pipe(ws)
    run(main)


def test_pipe_sync_error(common, run):
    def main():
        rs = stream.Readable()
        rs.push('ok')
        rs.push(None)
        rs._read = lambda size: None

        ws = stream.Writable()

        ws.on('finish', common.mustNotCall())
        ws.on('error', common.mustCall())

        ws._write = lambda chunk, encoding, done: done(Exception())
        rs.pipe(ws)
    run(main)


def test_write_in_prefinish(common, run):
    def main():
        w = stream.Writable()
        w._write = lambda chunk, encoding, cb: process.nextTick(cb)
        w.on('error', common.mustCall())
        w.on('finish', common.mustNotCall())
        w.on('prefinish', lambda: w.write("shouldn't write in prefinish listener"))
        w.end()
    run(main)


def test_write_in_finish(common, run):
    def main():
        w = stream.Writable()
        w._write = lambda chunk, encoding, cb: process.nextTick(cb)
        w.on('error', common.mustCall())
        w.on('finish', lambda: w.write("shouldn't write in finish listener"))
        w.end()
    run(main)
