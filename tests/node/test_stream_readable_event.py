"""Port of Node's test/parallel/test-stream-readable-event.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-event.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setTimeout


def test_not_reading(common, run):
    # First test, not reading when the readable is added.
    # make sure that on('readable', ...) triggers a readable event.
    def main():
        r = Readable({'highWaterMark': 3})

        r._read = common.mustNotCall()

        # This triggers a 'readable' event, which is lost.
        r.push(b'blerg')

        def later():
            # We're testing what we think we are
            assert not r._readableState.reading
            r.on('readable', common.mustCall())
        setTimeout(common.mustCall(later), 1)
    run(main)


def test_reading(common, run):
    # Second test, make sure that readable is re-emitted if there's
    # already a length, while it IS reading.
    def main():
        r = Readable({'highWaterMark': 3})

        r._read = common.mustCall()

        # This triggers a 'readable' event, which is lost.
        r.push(b'bl')

        def later():
            # Assert we're testing what we think we are
            assert r._readableState.reading
            r.on('readable', common.mustCall())
        setTimeout(common.mustCall(later), 1)
    run(main)


def test_eof_below_hwm(common, run):
    # Third test, not reading when the stream has not passed
    # the highWaterMark but *has* reached EOF.
    def main():
        r = Readable({'highWaterMark': 30})

        r._read = common.mustNotCall()

        # This triggers a 'readable' event, which is lost.
        r.push(b'blerg')
        r.push(None)

        def later():
            # Assert we're testing what we think we are
            assert not r._readableState.reading
            r.on('readable', common.mustCall())
        setTimeout(common.mustCall(later), 1)
    run(main)


def test_empty_string_triggers_read(common, run):
    # Pushing an empty string in non-objectMode should
    # trigger next `read()`.
    def main():
        underlyingData = ['', 'x', 'y', '', 'z']
        expected = [data for data in underlyingData if data]
        result = []

        r = Readable({'encoding': 'utf8'})

        def _read(size):
            def later():
                if not len(underlyingData):
                    r.push(None)
                else:
                    r.push(underlyingData.pop(0))
            process.nextTick(later)
        r._read = _read

        def onreadable():
            data = r.read()
            if data is not None:
                result.append(data)
        r.on('readable', onreadable)

        def onend():
            assert result == expected
        r.on('end', common.mustCall(onend))
    run(main)


def test_remove_all_listeners(run):
    # #20923
    def main():
        r = Readable()

        def _read(size):
            pass  # Actually doing thing here
        r._read = _read
        r.on('data', lambda chunk: None)

        r.removeAllListeners()

        assert len(r.eventNames()) == 0
    run(main)
