"""Port of Node's test/parallel/test-stream-writable-final-async.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-final-async.js
"""

import asyncio

from node_http_agent.stream import Duplex


def test_stream_writable_final_async(common, run):
    def main():
        class Foo(Duplex):
            async def _final(self, callback):
                # timers/promises setTimeout(1): asyncio.sleep here
                await asyncio.sleep(common.platformTimeout(1) / 1000)
                callback()

            def _read(self, size):
                pass

        foo = Foo()
        foo._write = common.mustCall(lambda chunk, encoding, cb: cb())
        foo.end('test', common.mustCall())
        foo.on('error', common.mustNotCall())
    run(main)
