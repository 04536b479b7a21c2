"""Port of Node's test/pummel/test-stream-pipe-multi.js.

https://github.com/nodejs/node/blob/v20.x/test/pummel/test-stream-pipe-multi.js

Test that having a bunch of streams piping in parallel
doesn't break anything.

FakeStream's prototype object is a subclass of ``Stream`` here; the
``console.error`` tracing lines are left out.
"""

import functools

from node_http_agent import process
from node_http_agent.stream import Stream


class FakeStream(Stream):
    def __init__(self):
        Stream.__init__(self)
        self.wait = False
        self.writable = True
        self.readable = True

    def write(self, chunk, *args):
        if self.wait:
            process.nextTick(functools.partial(self.emit, 'drain'))
        self.wait = not self.wait
        return self.wait

    def end(self, *args):
        self.emit('end')
        process.nextTick(self.close)

    # noop - closes happen automatically on end.
    def close(self, *args):
        self.emit('close')


def test_stream_pipe_multi(run):
    cnt = 100
    chunks = 1000
    chunkSize = 250
    wclosed = 0
    rclosed = 0

    def main():
        rr = []
        ww = []
        data = bytes(i % 256 for i in range(chunkSize))

        for i in range(cnt):
            r = FakeStream()

            def onrclose():
                nonlocal rclosed
                rclosed += 1
            r.on('close', onrclose)
            rr.append(r)

            w = FakeStream()

            def onwclose():
                nonlocal wclosed
                wclosed += 1
            w.on('close', onwclose)
            ww.append(w)

            r.ID = w.ID = i
            r.pipe(w)

        # Now start passing through data.
        # Simulate a relatively fast async stream.
        def start(r):
            left = chunks
            paused = False

            def onpause():
                nonlocal paused
                paused = True
            r.on('pause', onpause)

            def onresume():
                nonlocal paused
                paused = False
                step()
            r.on('resume', onresume)

            def step():
                nonlocal left
                r.emit('data', data)
                left -= 1
                if left == 0:
                    r.end()
                    return
                if paused:
                    return
                process.nextTick(step)

            process.nextTick(step)

        for r in rr:
            start(r)
    run(main, timeout=25)

    # Expect all streams to close properly.
    # (process.on('exit'))
    assert wclosed == cnt
    assert rclosed == cnt
