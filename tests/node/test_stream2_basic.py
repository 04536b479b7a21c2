"""Port of Node's test/parallel/test-stream2-basic.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-basic.js
"""


import pytest

from node_http_agent import process
from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable as R
from node_http_agent.stream import Writable as W
from node_http_agent.timers import setTimeout


class TestReader(R):
    __test__ = False  # a stream, not a pytest class

    def __init__(self, n=None):
        super().__init__()
        self._buffer = b'x' * (n or 100)
        self._pos = 0
        self._bufs = 10

    def _read(self, n):
        max_ = len(self._buffer) - self._pos
        n = max(n, 0)
        toRead = min(n, max_)
        if toRead == 0:
            # Simulate the read buffer filling up with some more bytes some time
            # in the future.
            def later():
                self._pos = 0
                self._bufs -= 1
                if self._bufs <= 0:
                    # read them all!
                    if not getattr(self, 'ended', None):
                        self.push(None)
                else:
                    # now we have more.
                    # kinda cheating by calling _read, but whatever,
                    # it's just fake anyway.
                    self._read(n)
            setTimeout(later, 10)
            return

        ret = self._buffer[self._pos:self._pos + toRead]
        self._pos += toRead
        self.push(ret)


class TestWriter(EE):
    __test__ = False  # an emitter, not a pytest class

    def __init__(self):
        super().__init__()
        self.received = []
        self.flush = False

    def write(self, c, *args):
        self.received.append(c.decode())
        self.emit('write', c)
        return True

    def end(self, c=None, *args):
        if c:
            self.write(c)
        self.emit('end', self.received)


def test_basic(common, run):
    # Test basic functionality
    def main():
        r = TestReader(20)

        reads = []
        expect = ['x',
                  'xx',
                  'xxx',
                  'xxxx',
                  'xxxxx',
                  'xxxxxxxxx',
                  'xxxxxxxxxx',
                  'xxxxxxxxxxxx',
                  'xxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxxxxxxxxxx',
                  'xxxxxxxxxxxxxxxxxxxxx']

        def onend():
            assert reads == expect
        r.on('end', common.mustCall(onend))

        readSize = 1

        def flow():
            nonlocal readSize
            while True:
                res = r.read(readSize)
                readSize += 1
                if res is None:
                    break
                reads.append(res.decode())
            r.once('readable', flow)

        flow()
    run(main)


FIVES = ['xxxxx'] * 10


def test_pipe(common, run):
    # Verify pipe
    def main():
        r = TestReader(5)

        expect = list(FIVES)

        w = TestWriter()

        def onend(received):
            assert received == expect
        w.on('end', common.mustCall(onend))

        r.pipe(w)
    run(main)


@pytest.mark.parametrize('SPLIT', [1, 2, 3, 4, 5, 6, 7, 8, 9])
def test_unpipe(common, run, SPLIT):
    # Verify unpipe
    def main():
        r = TestReader(5)

        # Unpipe after 3 writes, then write to another stream instead.
        expect = list(FIVES)
        expect = [expect[0:SPLIT], expect[SPLIT:]]

        w = [TestWriter(), TestWriter()]

        writes = SPLIT

        def onwrite(*args):
            nonlocal writes
            writes -= 1
            if writes == 0:
                r.unpipe()
                assert list(r._readableState.pipes) == []
                w[0].end()
                r.pipe(w[1])
                assert list(r._readableState.pipes) == [w[1]]
        w[0].on('write', common.mustCallAtLeast(onwrite))

        ended = 0

        def onend0(results):
            nonlocal ended
            ended += 1
            assert ended == 1
            assert results == expect[0]
        w[0].on('end', common.mustCall(onend0))

        def onend1(results):
            nonlocal ended
            ended += 1
            assert ended == 2
            assert results == expect[1]
        w[1].on('end', common.mustCall(onend1))

        r.pipe(w[0])
    run(main)


def test_pipe_two_destinations(common, run):
    # Verify both writers get the same data when piping to destinations
    def main():
        r = TestReader(5)
        w = [TestWriter(), TestWriter()]

        expect = list(FIVES)

        def onend(received):
            assert received == expect
        w[0].on('end', common.mustCall(onend))
        w[1].on('end', common.mustCall(onend))

        r.pipe(w[0])
        r.pipe(w[1])
    run(main)


@pytest.mark.parametrize('SPLIT', [1, 2, 3, 4, 5, 6, 7, 8, 9])
def test_multi_unpipe(common, run, SPLIT):
    # Verify multi-unpipe
    def main():
        r = TestReader(5)

        # Unpipe after 3 writes, then write to another stream instead.
        expect = list(FIVES)
        expect = [expect[0:SPLIT], expect[SPLIT:]]

        w = [TestWriter(), TestWriter(), TestWriter()]

        writes = SPLIT

        def onwrite(*args):
            nonlocal writes
            writes -= 1
            if writes == 0:
                r.unpipe()
                w[0].end()
                r.pipe(w[1])
        w[0].on('write', onwrite)

        ended = 0

        def onend0(results):
            nonlocal ended
            ended += 1
            assert ended == 1
            assert results == expect[0]
        w[0].on('end', common.mustCall(onend0))

        def onend1(results):
            nonlocal ended
            ended += 1
            assert ended == 2
            assert results == expect[1]
        w[1].on('end', common.mustCall(onend1))

        r.pipe(w[0])
        r.pipe(w[2])
    run(main)


def test_back_pressure(common, run):
    # Verify that back pressure is respected
    def main():
        r = R({'objectMode': True})
        r._read = common.mustNotCall()
        counter = 0
        r.push(['one'])
        r.push(['two'])
        r.push(['three'])
        r.push(['four'])
        r.push(None)

        w1 = R()

        def write1(chunk, *args):
            assert chunk[0] == 'one'
            w1.emit('close')

            def later():
                r.pipe(w2)
                r.pipe(w3)
            process.nextTick(later)
        w1.write = common.mustCall(write1)
        w1.end = common.mustNotCall()

        r.pipe(w1)

        expected = ['two', 'two', 'three', 'three', 'four', 'four']

        w2 = R()

        def write2(chunk, *args):
            nonlocal counter
            assert chunk[0] == expected.pop(0)
            assert counter == 0

            counter += 1

            if chunk[0] == 'four':
                return True

            def later():
                nonlocal counter
                counter -= 1
                w2.emit('drain')
            setTimeout(later, 10)

            return False
        w2.write = common.mustCallAtLeast(write2)
        w2.end = common.mustCall()

        w3 = R()

        def write3(chunk, *args):
            nonlocal counter
            assert chunk[0] == expected.pop(0)
            assert counter == 1

            counter += 1

            if chunk[0] == 'four':
                return True

            def later():
                nonlocal counter
                counter -= 1
                w3.emit('drain')
            setTimeout(later, 50)

            return False
        w3.write = common.mustCallAtLeast(write3)

        def end3(*args):
            assert counter == 2
            assert len(expected) == 0
        w3.end = common.mustCall(end3)
    run(main)


def test_read0_ended(common, run):
    # Verify read(0) behavior for ended streams
    def main():
        r = R()
        written = False
        ended = False
        r._read = common.mustNotCall()

        r.push(b'foo')
        r.push(None)

        v = r.read(0)

        assert v is None

        w = R()

        def write(buffer, *args):
            nonlocal written
            written = True
            assert ended is False
            assert buffer.decode() == 'foo'
        w.write = common.mustCall(write)

        def end(*args):
            nonlocal ended
            ended = True
            assert written is True
        w.end = common.mustCall(end)

        r.pipe(w)
    run(main)


def test_sync_read_ending(run):
    # Verify synchronous _read ending
    def main():
        r = R()
        called = False
        r._read = lambda n: r.push(None)

        def onend():
            nonlocal called
            # Verify that this is called before the next tick
            called = True
        r.once('end', onend)

        r.read()

        def later():
            assert called is True
        process.nextTick(later)
    run(main)


def test_readable_listener_triggers_flow(common, run):
    # Verify that adding readable listeners trigger data flow
    def main():
        r = R({'highWaterMark': 5})
        onReadable = False
        readCalled = 0

        def _read(n):
            nonlocal readCalled
            readCalled += 1
            if readCalled - 1 == 2:
                r.push(None)
            else:
                r.push(b'asdf')
        r._read = _read

        def onreadable():
            nonlocal onReadable
            onReadable = True
            r.read()
        r.on('readable', onreadable)

        def onend():
            assert readCalled == 3
            assert onReadable
        r.on('end', common.mustCall(onend))
    run(main)


def test_chainable(common, run):
    # Verify that streams are chainable
    def main():
        r = R()
        r._read = common.mustCall()
        r2 = r.setEncoding('utf8').pause().resume().pause()
        assert r is r2
    run(main)


def test_properties(run):
    def main():
        # Verify readableEncoding property
        assert 'readableEncoding' in vars(R)  # Object.hasOwn(R.prototype, ...)

        r = R({'encoding': 'utf8'})
        assert r.readableEncoding == 'utf8'

        # Verify readableObjectMode property
        assert 'readableObjectMode' in vars(R)

        r = R({'objectMode': True})
        assert r.readableObjectMode is True

        # Verify writableObjectMode property
        assert 'writableObjectMode' in vars(W)

        w = W({'objectMode': True})
        assert w.writableObjectMode is True
    run(main)
