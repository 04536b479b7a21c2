"""Port of Node's test/parallel/test-stream-catch-rejections.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-catch-rejections.js
"""

from node_http_agent import process, stream


def test_readable(common, run):
    def main():
        r = stream.Readable({
            'captureRejections': True,
            'read': lambda size: None,
        })
        r.push('hello')
        r.push('world')

        err = Exception('kaboom')

        def onerror(_err):
            assert err is _err
            assert r.destroyed is True
        r.on('error', common.mustCall(onerror))

        async def ondata(chunk):
            raise err
        r.on('data', ondata)
    run(main)


def test_writable(common, run):
    def main():
        w = stream.Writable({
            'captureRejections': True,
            'highWaterMark': 1,
            'write': lambda chunk, enc, cb: process.nextTick(cb),
        })

        err = Exception('kaboom')

        w.write('hello', lambda *args: w.write('world'))

        def onerror(_err):
            assert err is _err
            assert w.destroyed is True
        w.on('error', common.mustCall(onerror))

        async def ondrain():
            raise err
        w.on('drain', common.mustCall(ondrain, 2))
    run(main)
