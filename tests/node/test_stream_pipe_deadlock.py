"""Port of Node's test/parallel/test-stream-pipe-deadlock.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-deadlock.js
"""

import asyncio

from node_http_agent import process
from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


def test_stream_pipe_deadlock(common, run):
    # https://github.com/nodejs/node/issues/48666
    async def test():
        # Prepare src that is internally ended, with buffered data pending
        src = Readable({'read': lambda size: None})
        src.push(bytes(100))
        src.push(None)
        src.pause()

        # Give it time to settle
        settled = asyncio.get_running_loop().create_future()
        setImmediate(lambda: settled.set_result(None))
        await settled

        dst = Writable({
            'highWaterMark': 1000,
            'write': lambda buf, enc, cb: process.nextTick(cb),
        })

        dst.write(bytes(1000))  # Fill write buffer
        dst.on('finish', common.mustCall())
        src.pipe(dst)

    async def main():
        await test()
        common.mustCall()()  # .then(common.mustCall())
    run(main)
