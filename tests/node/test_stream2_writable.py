"""Port of Node's test/parallel/test-stream2-writable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-writable.js

``Buffer.from(string, enc)`` and ``buf.toString(enc)`` are the local
``bufferFrom``/``toString`` (Node's rules for each encoding name).
``process.stdout`` as a pipe destination is a plain Writable here.
"""

import base64
import math
import random

import pytest

from node_http_agent import process
from node_http_agent.stream import Duplex as D
from node_http_agent.stream import Writable as W
from node_http_agent.timers import setTimeout


def _canonical(enc):
    enc = (enc or 'utf8').lower()
    return {'utf-8': 'utf8', 'binary': 'latin1', 'ucs2': 'utf16le', 'ucs-2': 'utf16le',
            'utf-16le': 'utf16le'}.get(enc, enc)


def bufferFrom(text, enc=None):
    """``Buffer.from(text, enc)``."""
    enc = _canonical(enc)
    if enc == 'utf8':
        return text.encode('utf-8')
    if enc == 'hex':
        return bytes.fromhex(text)
    if enc == 'base64':
        return base64.b64decode(text + '=' * (-len(text) % 4))
    if enc == 'utf16le':
        return text.encode('utf-16-le')
    if enc in ('latin1', 'ascii'):
        return bytes(ord(c) & 0xff for c in text)
    raise AssertionError(enc)


def toString(buf, enc=None):
    """``buf.toString(enc)``."""
    enc = _canonical(enc)
    if enc == 'utf8':
        return buf.decode('utf-8', 'replace')
    if enc == 'hex':
        return buf.hex()
    if enc == 'base64':
        return base64.b64encode(buf).decode('ascii')
    if enc == 'utf16le':
        return buf[:len(buf) - len(buf) % 2].decode('utf-16-le', 'surrogatepass')
    if enc == 'latin1':
        return buf.decode('latin-1')
    if enc == 'ascii':
        return bytes(b & 0x7f for b in buf).decode('ascii')
    raise AssertionError(enc)


class TestWriter(W):
    __test__ = False  # a stream, not a pytest class

    def __init__(self, opts=None):
        super().__init__(opts)
        self.buffer = []
        self.written = 0

    def _write(self, chunk, encoding, cb):
        # Simulate a small unpredictable latency
        def later():
            self.buffer.append(chunk.decode())
            self.written += len(chunk)
            cb()
        setTimeout(later, math.floor(random.random() * 10))


chunks = ['x' * i for i in range(50)]

encodings = [
    'hex',
    'utf8',
    'utf-8',
    'ascii',
    'latin1',
    'binary',
    'base64',
    'ucs2',
    'ucs-2',
    'utf16le',
    'utf-16le',
    None]


def test_fast_writing(common, run):
    # Verify fast writing
    def main():
        tw = TestWriter({'highWaterMark': 100})

        def onfinish():
            # Got chunks in the right order
            assert tw.buffer == chunks
        tw.on('finish', common.mustCall(onfinish))

        for chunk in chunks:
            # Ignore backpressure. Just buffer it all up.
            tw.write(chunk)
        tw.end()
    run(main)


def test_slow_writing(common, run):
    # Verify slow writing
    def main():
        tw = TestWriter({'highWaterMark': 100})

        def onfinish():
            #  Got chunks in the right order
            assert tw.buffer == chunks
        tw.on('finish', common.mustCall(onfinish))

        i = 0

        def W_():
            nonlocal i
            tw.write(chunks[i])
            i += 1
            if i < len(chunks):
                setTimeout(W_, 10)
            else:
                tw.end()
        W_()
    run(main)


def test_write_backpressure(common, run):
    # Verify write backpressure
    def main():
        tw = TestWriter({'highWaterMark': 50})

        drains = 0

        def onfinish():
            # Got chunks in the right order
            assert tw.buffer == chunks
            assert drains == 17
        tw.on('finish', common.mustCall(onfinish))

        def ondrain():
            nonlocal drains
            drains += 1
        tw.on('drain', ondrain)

        i = 0

        def W_():
            nonlocal i
            while True:
                ret = tw.write(chunks[i])
                i += 1
                if not (ret is not False and i < len(chunks)):
                    break

            if i < len(chunks):
                assert tw.writableLength >= 50
                tw.once('drain', W_)
            else:
                tw.end()
        W_()
    run(main)


def test_write_buffersize(common, run):
    # Verify write buffersize
    def main():
        tw = TestWriter({'highWaterMark': 100})

        tw.on('finish', common.mustNotCall())

        for i, chunk in enumerate(chunks):
            enc = encodings[i % len(encodings)]
            chunk = bufferFrom(chunk)
            tw.write(toString(chunk, enc), enc)
    run(main)


def test_write_no_buffersize(common, run):
    # Verify write with no buffersize
    def main():
        tw = TestWriter({
            'highWaterMark': 100,
            'decodeStrings': False,
        })

        def _write(chunk, encoding, cb):
            assert isinstance(chunk, str)
            chunk = bufferFrom(chunk, encoding)
            return TestWriter._write(tw, chunk, encoding, cb)
        tw._write = common.mustCallAtLeast(_write)

        tw.on('finish', common.mustNotCall())

        for i, chunk in enumerate(chunks):
            enc = encodings[i % len(encodings)]
            chunk = bufferFrom(chunk)
            tw.write(toString(chunk, enc), enc)
    run(main)


def test_write_callbacks(common, run):
    # Verify write callbacks
    def main():
        _called = [None] * len(chunks)

        def makeCallback(i, chunk):
            def called(*args):
                _called[i] = chunk
            return common.mustSucceed(called)
        callbacks = {f'callback-{i}': makeCallback(i, chunk) for i, chunk in enumerate(chunks)}

        tw = TestWriter({'highWaterMark': 100})

        def onfinish():
            def later():
                # Got chunks in the right order
                assert tw.buffer == chunks
                # Called all callbacks
                assert _called == chunks
            process.nextTick(common.mustCall(later))
        tw.on('finish', common.mustCall(onfinish))

        for i, chunk in enumerate(chunks):
            tw.write(chunk, callbacks[f'callback-{i}'])
        tw.end()
    run(main)


def test_end_callback(common, run):
    # Verify end() callback
    def main():
        tw = TestWriter()

        def onend(err):
            assert err is None
        tw.end(common.mustCall(onend))
    run(main)


helloWorldBuffer = b'hello world'


def test_end_callback_with_chunk(common, run):
    # Verify end() callback with chunk
    def main():
        tw = TestWriter()

        def onend(err):
            assert err is None
        tw.end(helloWorldBuffer, common.mustCall(onend))
    run(main)


def test_end_callback_with_chunk_and_encoding(common, run):
    # Verify end() callback with chunk and encoding
    def main():
        tw = TestWriter()
        tw.end('hello world', 'ascii', common.mustCall())
    run(main)


def test_end_callback_after_write(common, run):
    # Verify end() callback after write() call
    def main():
        tw = TestWriter()
        tw.write(helloWorldBuffer)
        tw.end(common.mustCall())
    run(main)


def test_end_callback_after_write_callback(common, run):
    # Verify end() callback after write() callback
    def main():
        tw = TestWriter()
        writeCalledback = False

        def onwrite(*args):
            nonlocal writeCalledback
            writeCalledback = True
        tw.write(helloWorldBuffer, onwrite)

        def onend(*args):
            assert writeCalledback is True
        tw.end(common.mustCall(onend))
    run(main)


def test_encoding_ignored_for_buffers(common, run):
    # Verify encoding is ignored for buffers
    def main():
        tw = W()
        hex_ = '018b5e9a8f6236ffe30e31baf80d2cf6eb'

        def _write(chunk, encoding, cb):
            assert chunk.hex() == hex_
        tw._write = common.mustCall(_write)
        buf = bytes.fromhex(hex_)
        tw.write(buf, 'latin1')
    run(main)


def test_writable_cannot_pipe(common, run):
    # Verify writables cannot be piped
    def main():
        w = W({'autoDestroy': False})
        w._write = common.mustNotCall()
        gotError = False

        def onerror(*args):
            nonlocal gotError
            gotError = True
        w.on('error', onerror)
        w.pipe(W())  # process.stdout
        assert gotError is True
    run(main)


def test_duplex_can_pipe(common, run):
    # Verify that duplex streams cannot be piped
    def main():
        d = D()
        d._read = common.mustCall()
        d._write = common.mustNotCall()
        gotError = False

        def onerror(*args):
            nonlocal gotError
            gotError = True
        d.on('error', onerror)
        d.pipe(W())  # process.stdout
        assert gotError is False
    run(main)


def test_end_chunk_twice(common, run):
    # Verify that end(chunk) twice is an error
    def main():
        w = W()

        def _write(msg, encoding, cb):
            assert msg.decode() == 'this is the end'
        w._write = common.mustCall(_write)
        gotError = False

        def onerror(er):
            nonlocal gotError
            gotError = True
            assert str(er) == 'write after end'
        w.on('error', common.mustCall(onerror))
        w.end('this is the end')
        w.end('and so is this')

        def later():
            assert gotError is True
        process.nextTick(common.mustCall(later))
    run(main)


def test_no_end_while_writing(common, run):
    # Verify stream doesn't end while writing
    def main():
        w = W()
        wrote = False

        def _write(chunk, e, cb):
            nonlocal wrote
            assert getattr(w, 'writing', None) is None  # `this` is w
            wrote = True
            w.writing = True

            def later():
                w.writing = False
                cb()
            setTimeout(later, 1)
        w._write = common.mustCall(_write)

        def onfinish():
            assert wrote is True
            assert w.writing is False
        w.on('finish', common.mustCall(onfinish))
        w.write(bytes(0))
        w.end()
    run(main)


def test_finish_after_write_callback(common, run):
    # Verify finish does not come before write() callback
    def main():
        w = W()
        writeCb = False

        def _write(chunk, e, cb):
            def later():
                nonlocal writeCb
                writeCb = True
                cb()
            setTimeout(later, 10)
        w._write = _write

        def onfinish():
            assert writeCb is True
        w.on('finish', common.mustCall(onfinish))
        w.write(bytes(0))
        w.end()
    run(main)


def test_finish_after_sync_write_callback(common, run):
    # Verify finish does not come before synchronous _write() callback
    def main():
        w = W()
        writeCb = False
        w._write = lambda chunk, e, cb: cb()

        def onfinish():
            assert writeCb is True
        w.on('finish', common.mustCall(onfinish))

        def onwrite(*args):
            nonlocal writeCb
            writeCb = True
        w.write(bytes(0), onwrite)
        w.end()
    run(main)


def test_finish_last_chunk_empty(common, run):
    # Verify finish is emitted if the last chunk is empty
    def main():
        w = W()
        w._write = lambda chunk, e, cb: process.nextTick(cb)
        w.on('finish', common.mustCall())
        w.write(bytes(1))
        w.end(bytes(0))
    run(main)


def test_finish_after_shutdown(common, run):
    # Verify that finish is emitted after shutdown
    def main():
        w = W()
        shutdown = False

        def _final(cb):
            # assert.strictEqual(this, w) left out: hooks are called without self
            def later():
                nonlocal shutdown
                shutdown = True
                cb()
            setTimeout(later, 100)
        w._final = common.mustCall(_final)
        w._write = lambda chunk, e, cb: process.nextTick(cb)

        def onfinish():
            assert shutdown is True
        w.on('finish', common.mustCall(onfinish))
        w.write(bytes(1))
        w.end(bytes(0))
    run(main)


def test_error_once_in_final(common, run):
    # Verify that error is only emitted once when failing in _finish.
    def main():
        w = W()

        w._final = common.mustCall(lambda cb: cb(Exception('test')))

        def onerror(err):
            assert w._writableState.errorEmitted is True
            assert str(err) == 'test'
            w.on('error', common.mustNotCall())
            w.destroy(Exception())
        w.on('error', common.mustCall(onerror))
        w.end()
    run(main)


def test_error_once_in_write(common, run):
    # Verify that error is only emitted once when failing in write.
    def main():
        w = W()
        w.on('error', common.mustNotCall())
        with pytest.raises(Exception) as info:
            w.write(None)
        common.expectsError({'code': 'ERR_STREAM_NULL_VALUES'})(info.value)
    run(main)


def test_error_once_write_after_end(common, run):
    # Verify that error is only emitted once when failing in write after end.
    def main():
        w = W()

        def onerror(err):
            assert w._writableState.errorEmitted is True
            assert err.code == 'ERR_STREAM_WRITE_AFTER_END'
        w.on('error', common.mustCall(onerror))
        w.end()
        w.write('hello')
        w.destroy(Exception())
    run(main)


def test_no_finish_after_error(common, run):
    # Verify that finish is not emitted after error
    def main():
        w = W()

        w._final = common.mustCall(lambda cb: cb(Exception()))
        w._write = lambda chunk, e, cb: process.nextTick(cb)
        w.on('error', common.mustCall())
        w.on('prefinish', common.mustNotCall())
        w.on('finish', common.mustNotCall())
        w.write(bytes(1))
        w.end(bytes(0))
    run(main)
