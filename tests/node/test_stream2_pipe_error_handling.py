"""Port of Node's test/parallel/test-stream2-pipe-error-handling.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-pipe-error-handling.js
"""

from node_http_agent import stream


def test_error_listener(run):
    def main():
        count = 1000

        source = stream.Readable()

        def _read(n):
            nonlocal count
            n = min(count, n)
            count -= n
            source.push(bytes(n))
        source._read = _read

        unpipedDest = None

        def unpipe(dest=None):
            nonlocal unpipedDest
            unpipedDest = dest
            stream.Readable.unpipe(source, dest)
        source.unpipe = unpipe

        dest = stream.Writable()
        dest._write = lambda chunk, encoding, cb: cb()

        source.pipe(dest)

        gotErr = None

        def onerror(err):
            nonlocal gotErr
            gotErr = err
        dest.on('error', onerror)

        unpipedSource = None

        def onunpipe(src, *args):
            nonlocal unpipedSource
            unpipedSource = src
        dest.on('unpipe', onunpipe)

        err = Exception('This stream turned into bacon.')
        dest.emit('error', err)
        assert gotErr is err
        assert unpipedSource is source
        assert unpipedDest is dest
    run(main)


def test_no_error_listener(run):
    def main():
        count = 1000

        source = stream.Readable()

        def _read(n):
            nonlocal count
            n = min(count, n)
            count -= n
            source.push(bytes(n))
        source._read = _read

        unpipedDest = None

        def unpipe(dest=None):
            nonlocal unpipedDest
            unpipedDest = dest
            stream.Readable.unpipe(source, dest)
        source.unpipe = unpipe

        dest = stream.Writable({'autoDestroy': False})
        dest._write = lambda chunk, encoding, cb: cb()

        source.pipe(dest)

        unpipedSource = None

        def onunpipe(src, *args):
            nonlocal unpipedSource
            unpipedSource = src
        dest.on('unpipe', onunpipe)

        err = Exception('This stream turned into bacon.')

        gotErr = None
        try:
            dest.emit('error', err)
        except Exception as e:
            gotErr = e
        assert gotErr is err
        assert unpipedSource is source
        assert unpipedDest is dest
    run(main)
