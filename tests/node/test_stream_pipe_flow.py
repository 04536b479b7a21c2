"""Port of Node's test/parallel/test-stream-pipe-flow.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-flow.js
"""

from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable, Writable
from node_http_agent.timers import setImmediate


def test_stream_pipe_flow_ticks(common, run):
    def main():
        ticks = 17

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

        ws = Writable({
            'highWaterMark': 0,
            'objectMode': True,
            'write': lambda data, end, cb: setImmediate(cb),
        })

        rs.on('end', common.mustCall())
        ws.on('finish', common.mustCall())
        rs.pipe(ws)
    run(main)


def test_stream_pipe_flow_wrapper(common, run):
    def main():
        missing = 8

        def read(size):
            nonlocal missing
            missing -= 1
            if missing + 1:
                rs.push({})
            else:
                rs.push(None)
        rs = Readable({
            'objectMode': True,
            'read': read,
        })

        pt = rs \
            .pipe(PassThrough({'objectMode': True, 'highWaterMark': 2})) \
            .pipe(PassThrough({'objectMode': True, 'highWaterMark': 2}))

        pt.on('end', lambda: wrapper.push(None))

        def wrapperRead(size):
            def later():
                data = pt.read()
                if data is None:
                    def onreadable():
                        data = pt.read()
                        if data is not None:
                            wrapper.push(data)
                    pt.once('readable', onreadable)
                else:
                    wrapper.push(data)
            process.nextTick(later)
        wrapper = Readable({
            'objectMode': True,
            'read': wrapperRead,
        })

        wrapper.resume()
        wrapper.on('end', common.mustCall())
    run(main)


def test_stream_pipe_flow_drain_backpressure(common, run):
    # Only register drain if there is backpressure.
    def main():
        rs = Readable({'read': lambda size: None})

        pt = rs \
            .pipe(PassThrough({'objectMode': True, 'highWaterMark': 2}))
        assert pt.listenerCount('drain') == 0
        pt.on('finish', common.mustNotCall())

        rs.push('asd')
        assert pt.listenerCount('drain') == 0

        def later():
            rs.push('asd')
            assert pt.listenerCount('drain') == 0
            rs.push(None)
            assert pt.listenerCount('drain') == 0
        process.nextTick(later)
    run(main)
