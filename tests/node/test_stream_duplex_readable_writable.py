"""Port of Node's test/parallel/test-stream-duplex-readable-writable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-readable-writable.js
"""

from node_http_agent.stream import Duplex


def test_stream_duplex_readable_false(common, run):
    def main():
        duplex = Duplex({'readable': False})
        assert duplex.readable is False
        duplex.push('asd')

        def onerror(err):
            assert err.code == 'ERR_STREAM_PUSH_AFTER_EOF'
        duplex.on('error', common.mustCall(onerror))
        duplex.on('data', common.mustNotCall())
        duplex.on('end', common.mustNotCall())
    run(main)


def test_stream_duplex_writable_false(common, run):
    def main():
        duplex = Duplex({
            'writable': False,
            'write': common.mustNotCall(),
        })
        assert duplex.writable is False
        duplex.write('asd')

        def onerror(err):
            assert err.code == 'ERR_STREAM_WRITE_AFTER_END'
        duplex.on('error', common.mustCall(onerror))
        duplex.on('finish', common.mustNotCall())
    run(main)


def test_stream_duplex_readable_false_iterate(common, run):
    def main():
        duplex = Duplex({'readable': False})
        assert duplex.readable is False
        duplex.on('data', common.mustNotCall())
        duplex.on('end', common.mustNotCall())

        async def run_():
            async for chunk in duplex:
                raise AssertionError(chunk)

        async def later():
            await run_()
            common.mustCall()()  # run().then(common.mustCall())
        return later()
    run(main)
