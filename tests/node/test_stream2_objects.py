"""Port of Node's test/parallel/test-stream2-objects.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-objects.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable, Writable


def typed(values):
    """deepStrictEqual tells false from 0: compare types too."""
    return [(type(v), v) for v in values]


def toArray(common, callback):
    stream = Writable({'objectMode': True})
    list_ = []

    def write(chunk, *args):
        list_.append(chunk)
    stream.write = write

    stream.end = common.mustCall(lambda *args: callback(list_))

    return stream


def fromArray(common, list_):
    r = Readable({'objectMode': True})
    r._read = common.mustNotCall()
    for chunk in list_:
        r.push(chunk)
    r.push(None)

    return r


def test_read_objects(common, run):
    # Verify that objects can be read from the stream
    def main():
        r = fromArray(common, [{'one': '1'}, {'two': '2'}])

        v1 = r.read()
        v2 = r.read()
        v3 = r.read()

        assert v1 == {'one': '1'}
        assert v2 == {'two': '2'}
        assert v3 is None
    run(main)


def test_pipe_objects(common, run):
    # Verify that objects can be piped into the stream
    def main():
        r = fromArray(common, [{'one': '1'}, {'two': '2'}])

        def done(list_):
            assert list_ == [
                {'one': '1'},
                {'two': '2'},
            ]
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_read_n_ignored(common, run):
    # Verify that read(n) is ignored
    def main():
        r = fromArray(common, [{'one': '1'}, {'two': '2'}])
        value = r.read(2)

        assert value == {'one': '1'}
    run(main)


def test_sync_read(common, run):
    # Verify that objects can be synchronously read
    def main():
        r = Readable({'objectMode': True})
        list_ = [{'one': '1'}, {'two': '2'}]

        def _read(n):
            item = list_.pop(0) if list_ else None
            r.push(item or None)
        r._read = _read

        def done(list_):
            assert list_ == [
                {'one': '1'},
                {'two': '2'},
            ]
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_async_read(common, run):
    # Verify that objects can be asynchronously read
    def main():
        r = Readable({'objectMode': True})
        list_ = [{'one': '1'}, {'two': '2'}]

        def _read(n):
            item = list_.pop(0) if list_ else None
            process.nextTick(lambda: r.push(item or None))
        r._read = _read

        def done(list_):
            assert list_ == [
                {'one': '1'},
                {'two': '2'},
            ]
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_strings_as_objects(common, run):
    # Verify that strings can be read as objects
    def main():
        r = Readable({'objectMode': True})
        r._read = common.mustNotCall()
        list_ = ['one', 'two', 'three']
        for str_ in list_:
            r.push(str_)
        r.push(None)

        def done(array):
            assert array == list_
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_read0_object_stream(common, run):
    # Verify read(0) behavior for object streams
    def main():
        r = Readable({'objectMode': True})
        r._read = common.mustNotCall()

        r.push('foobar')
        r.push(None)

        def done(array):
            assert array == ['foobar']
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_falsey_values(common, run):
    # Verify the behavior of pushing falsey values
    def main():
        r = Readable({'objectMode': True})
        r._read = common.mustNotCall()

        r.push(False)
        r.push(0)
        r.push('')
        r.push(None)

        def done(array):
            assert typed(array) == typed([False, 0, ''])
        r.pipe(toArray(common, common.mustCall(done)))
    run(main)


def test_hwm_read(run):
    # Verify high watermark _read() behavior
    def main():
        r = Readable({
            'highWaterMark': 6,
            'objectMode': True,
        })
        calls = 0
        list_ = ['1', '2', '3', '4', '5', '6', '7', '8']

        def _read(n):
            nonlocal calls
            calls += 1
        r._read = _read

        for c in list_:
            r.push(c)

        v = r.read()

        assert calls == 0
        assert v == '1'

        v2 = r.read()
        assert v2 == '2'

        v3 = r.read()
        assert v3 == '3'

        assert calls == 1
    run(main)


def test_hwm_push(common, run):
    # Verify high watermark push behavior
    def main():
        r = Readable({
            'highWaterMark': 6,
            'objectMode': True,
        })
        r._read = common.mustNotCall()
        for i in range(6):
            bool_ = r.push(i)
            assert bool_ is (i != 5)
    run(main)


def test_write_objects(common, run):
    # Verify that objects can be written to stream
    def main():
        w = Writable({'objectMode': True})

        def _write(chunk, encoding, cb):
            assert chunk == {'foo': 'bar'}
            cb()
        w._write = common.mustCall(_write)

        w.on('finish', common.mustCall())
        w.write({'foo': 'bar'})
        w.end()
    run(main)


def test_write_multiple_objects(common, run):
    # Verify that multiple objects can be written to stream
    def main():
        w = Writable({'objectMode': True})
        list_ = []

        def _write(chunk, encoding, cb):
            list_.append(chunk)
            cb()
        w._write = _write

        def onfinish():
            assert typed(list_) == typed([0, 1, 2, 3, 4])
        w.on('finish', common.mustCall(onfinish))

        w.write(0)
        w.write(1)
        w.write(2)
        w.write(3)
        w.write(4)
        w.end()
    run(main)


def test_write_strings_as_objects(common, run):
    # Verify that strings can be written as objects
    def main():
        w = Writable({'objectMode': True})
        list_ = []

        def _write(chunk, encoding, cb):
            list_.append(chunk)
            process.nextTick(cb)
        w._write = _write

        def onfinish():
            assert list_ == ['0', '1', '2', '3', '4']
        w.on('finish', common.mustCall(onfinish))

        w.write('0')
        w.write('1')
        w.write('2')
        w.write('3')
        w.write('4')
        w.end()
    run(main)


def test_finish_waits_for_callback(common, run):
    # Verify that stream buffers finish until callback is called
    def main():
        w = Writable({'objectMode': True})
        called = False

        def _write(chunk, encoding, cb):
            assert chunk == 'foo'

            def later():
                nonlocal called
                called = True
                cb()
            process.nextTick(later)
        w._write = common.mustCall(_write)

        def onfinish():
            assert called is True
        w.on('finish', common.mustCall(onfinish))

        w.write('foo')
        w.end()
    run(main)
