"""Port of Node's test/parallel/test-stream-destroy-event-order.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-destroy-event-order.js
"""

from node_http_agent.stream import Readable


def test_stream_destroy_event_order(common, run):
    closed = False
    errored = False

    def main():
        rs = Readable({'read': lambda size: None})

        def onclose():
            nonlocal closed
            closed = True
            assert errored
        rs.on('close', common.mustCall(onclose))

        def onerror(err):
            nonlocal errored
            errored = True
            assert not closed
        rs.on('error', common.mustCall(onerror))

        rs.destroy(Exception('kaboom'))
    run(main)
