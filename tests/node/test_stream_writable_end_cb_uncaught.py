"""Port of Node's test/parallel/test-stream-writable-end-cb-uncaught.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-end-cb-uncaught.js

``process.on('uncaughtException', fn)``: the port calls ``fn`` with the error
``run()`` raises (an uncaught error ends the run).
"""

from node_http_agent import stream


def test_stream_writable_end_cb_uncaught(common, run):
    def onUncaught(err):
        assert str(err) == 'kaboom'
    uncaughtException = common.mustCall(onUncaught)

    def main():
        writable = stream.Writable()
        _err = Exception('kaboom')

        writable._write = lambda chunk, encoding, cb: cb()
        writable._final = lambda cb: cb(_err)

        writable.write('asd')

        def onend(err):
            assert err is _err
        writable.end(common.mustCall(onend))
    try:
        run(main)
    except Exception as err:
        uncaughtException(err)
