"""Port of Node's test/parallel/test-stream-pipe-error-handling.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-error-handling.js
"""

import pytest

from node_http_agent.stream import PassThrough, Stream
from node_http_agent.timers import setTimeout


def test_stream_pipe_error_handling_listener(run):
    def main():
        source = Stream()
        dest = Stream()

        source.pipe(dest)

        gotErr = None

        def onerror(err):
            nonlocal gotErr
            gotErr = err
        source.on('error', onerror)

        err = Exception('This stream turned into bacon.')
        source.emit('error', err)
        assert gotErr is err
    run(main)


def test_stream_pipe_error_handling_throw(run):
    def main():
        source = Stream()
        dest = Stream()

        source.pipe(dest)

        err = Exception('This stream turned into bacon.')

        gotErr = None
        try:
            source.emit('error', err)
        except Exception as e:
            gotErr = e

        assert gotErr is err
    run(main)


def test_stream_pipe_error_handling_removed_listener(common, run):
    def main():
        R = Stream.Readable
        W = Stream.Writable

        r = R({'autoDestroy': False})
        w = W({'autoDestroy': False})
        removed = False

        def _read(size):
            def later():
                assert removed
                with pytest.raises(Exception) as info:
                    w.emit('error', Exception('fail'))
                assert str(info.value) == 'fail'  # /^Error: fail$/
            setTimeout(common.mustCall(later), 1)
        r._read = common.mustCall(_read)

        def myOnError(*args):
            raise Exception('this should not happen')

        w.on('error', myOnError)
        r.pipe(w)
        w.removeListener('error', myOnError)
        removed = True
    run(main)


def test_stream_pipe_error_handling_other_listener(common, run):
    def main():
        R = Stream.Readable
        W = Stream.Writable

        r = R()
        w = W()
        removed = False

        def _read(size):
            def later():
                assert removed
                w.emit('error', Exception('fail'))
            setTimeout(common.mustCall(later), 1)
        r._read = common.mustCall(_read)

        w.on('error', common.mustCall())
        w._write = lambda chunk, encoding, cb: None

        r.pipe(w)
        # Removing some OTHER random listener should not do anything
        w.removeListener('error', lambda *args: None)
        removed = True
    run(main)


def test_stream_pipe_error_handling_destroy(common, run):
    def main():
        _err = Exception('this should be handled')
        destination = PassThrough()

        def onerror(err):
            assert err is _err
        destination.once('error', common.mustCall(onerror))

        stream = Stream()
        stream \
            .pipe(destination)

        destination.destroy(_err)
    run(main)
