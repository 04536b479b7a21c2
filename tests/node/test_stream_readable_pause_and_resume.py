"""Port of Node's test/parallel/test-stream-readable-pause-and-resume.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-pause-and-resume.js
"""

from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable
from node_http_agent.timers import setImmediate


def test_pause_and_resume_loop(common, run):
    def main():
        ticks = 18
        expectedData = 19

        def read(size):
            nonlocal ticks
            ticks -= 1
            if ticks + 1 > 0:
                return process.nextTick(lambda: rs.push({}))
            rs.push({})
            rs.push(None)
        rs = Readable({
            'objectMode': True,
            'read': read,
        })

        rs.on('end', common.mustCall())

        def readAndPause():
            # Does a on(data) -> pause -> wait -> resume -> on(data) ... loop.
            # Expects on(data) to never fire if the stream is paused.
            def ondata(data):
                nonlocal expectedData
                rs.pause()

                expectedData -= 1
                if expectedData <= 0:
                    return

                def later():
                    rs.removeListener('data', ondata)
                    readAndPause()
                    rs.resume()
                setImmediate(later)
            ondata = common.mustCall(ondata, 1)  # Only call ondata once

            rs.on('data', ondata)

        readAndPause()
    run(main)


def test_pause_after_readable_removed(run):
    def main():
        readable = Readable({'read': lambda size: None})

        def read():
            pass

        readable.setEncoding('utf8')
        readable.on('readable', read)
        readable.removeListener('readable', read)
        readable.pause()

        def later():
            assert readable.isPaused()
        process.nextTick(later)
    run(main)


def test_pipe_drain_resumes(common, run):
    def main():
        source3 = PassThrough()
        target3 = PassThrough()

        chunk = bytes(1000)
        while target3.write(chunk):
            pass

        source3.pipe(target3)

        def ondrain():
            assert not source3.isPaused()
        target3.on('drain', common.mustCall(ondrain))
        target3.on('data', lambda chunk: None)
    run(main)
