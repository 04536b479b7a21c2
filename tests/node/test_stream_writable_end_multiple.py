"""Port of Node's test/parallel/test-stream-writable-end-multiple.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-end-multiple.js
"""

from node_http_agent import stream
from node_http_agent.timers import setTimeout


def test_stream_writable_end_multiple(common, run):
    def main():
        writable = stream.Writable()
        writable._write = lambda chunk, encoding, cb: setTimeout(lambda: cb(), 10)

        writable.end('testing ended state', common.mustCall())
        writable.end(common.mustCall())

        def onfinish():
            ticked = False

            def onend(err):
                assert ticked is True
                assert err.code == 'ERR_STREAM_ALREADY_FINISHED'
            writable.end(common.mustCall(onend))
            ticked = True
        writable.on('finish', common.mustCall(onfinish))
    run(main)
