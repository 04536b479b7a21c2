"""Port of Node's test/parallel/test-stream-push-order.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-push-order.js
"""

from node_http_agent.stream import Readable


def test_stream_push_order(run):
    s = None

    def main():
        nonlocal s
        s = Readable({
            'highWaterMark': 20,
            'encoding': 'ascii',
        })

        list_ = ['1', '2', '3', '4', '5', '6']

        def _read(n):
            one = list_.pop(0) if list_ else None
            if not one:
                s.push(None)
            else:
                two = list_.pop(0) if list_ else None
                s.push(one)
                s.push(two)
        s._read = _read

        s.read(0)

    # ACTUALLY [1, 3, 5, 6, 4, 2]
    run(main)

    # process.on('exit')
    assert ','.join(s.readableBuffer) == '1,2,3,4,5,6'
