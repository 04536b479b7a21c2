"""Port of Node's test/parallel/test-stream-await-drain-writers-in-synchronously-recursion-write.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-await-drain-writers-in-synchronously-recursion-write.js
"""

from node_http_agent.stream import PassThrough


def test_stream_await_drain_writers_in_synchronously_recursion_write(common, run):
    def main():
        encode = PassThrough({'highWaterMark': 1})

        decode = PassThrough({'highWaterMark': 1})

        send = common.mustCall(lambda buf: encode.write(buf), 4)

        i = 0

        def onData(chunk):
            nonlocal i
            i += 1
            if i == 2:
                send(bytes([0x3]))
                send(bytes([0x4]))
        onData = common.mustCall(onData, 4)

        encode.pipe(decode).on('data', onData)

        send(bytes([0x1]))
        send(bytes([0x2]))
    run(main)
