"""Port of Node's test/parallel/test-stream2-push.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-push.js

(The ``console.error`` tracing lines are left out.)
"""

from node_http_agent import process
from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate, setTimeout


def test_stream2_push(common, run):
    def main():
        # A mock thing a bit like the net.Socket/tcp_wrap.handle interaction

        stream = Readable({
            'highWaterMark': 16,
            'encoding': 'utf8',
        })

        source = EE()

        stream._read = lambda size: readStart()

        ended = False

        def onend():
            nonlocal ended
            ended = True
        stream.on('end', onend)

        def ondata(chunk):
            ret = stream.push(chunk)
            if not ret:
                readStop()
        source.on('data', ondata)

        source.on('end', lambda: stream.push(None))

        reading = False

        def readStart():
            nonlocal reading
            reading = True

        def readStop():
            nonlocal reading
            reading = False

            def later():
                r = stream.read()
                if r is not None:
                    writer.write(r)
            process.nextTick(later)

        writer = Writable({'decodeStrings': False})

        written = []

        expectWritten = [
            'asdfgasdfgasdfgasdfg',
            'asdfgasdfgasdfgasdfg',
            'asdfgasdfgasdfgasdfg',
            'asdfgasdfgasdfgasdfg',
            'asdfgasdfgasdfgasdfg',
            'asdfgasdfgasdfgasdfg']

        def _write(chunk, encoding, cb):
            written.append(chunk)
            process.nextTick(cb)
        writer._write = _write

        def finish():
            assert written == expectWritten
        writer.on('finish', finish)

        # Now emit some chunks.

        chunk = 'asdfg'

        set_ = 0

        def data():
            nonlocal set_
            assert reading
            source.emit('data', chunk)
            assert reading
            source.emit('data', chunk)
            assert reading
            source.emit('data', chunk)
            assert reading
            source.emit('data', chunk)
            assert not reading
            set_ += 1
            if set_ - 1 < 5:
                setTimeout(data, 10)
            else:
                end()

        def end():
            source.emit('end')
            assert not reading
            writer.end(stream.read())

            def later():
                assert ended
            setImmediate(common.mustCall(later))

        readStart()
        data()
    run(main)
