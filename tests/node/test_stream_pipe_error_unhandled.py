"""Port of Node's test/parallel/test-stream-pipe-error-unhandled.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-error-unhandled.js

``process.on('uncaughtException', fn)``: the port calls ``fn`` with the error
``run()`` raises (an uncaught error ends the run).
"""

from node_http_agent.stream import Readable, Writable


def test_stream_pipe_error_unhandled(common, run):
    def onUncaught(err):
        assert str(err) == 'asd'
    uncaughtException = common.mustCall(onUncaught)

    def main():
        r = Readable({'read': lambda size: r.push('asd')})
        w = Writable({
            'autoDestroy': True,
            'write': lambda chunk, encoding, cb: None,
        })

        r.pipe(w)
        w.destroy(Exception('asd'))
    try:
        run(main)
    except Exception as err:
        uncaughtException(err)
