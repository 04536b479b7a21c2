"""Port of Node's test/parallel/test-stream-readable-no-unneeded-readable.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-no-unneeded-readable.js
"""

from node_http_agent import process
from node_http_agent.stream import PassThrough, Readable


def _test(common, r):
    def read(size):
        data = r.read()

        if data:
            wrapper.push(data)
            return

        def onreadable():
            data = r.read()
            if data:
                wrapper.push(data)
            # else: the end event should fire
        r.once('readable', onreadable)
    wrapper = Readable({'read': read})

    r.once('end', lambda: wrapper.push(None))

    wrapper.resume()
    wrapper.once('end', common.mustCall())


def test_piped_passthrough(common, run):
    def main():
        source = Readable({'read': lambda size: None})
        source.push('foo')
        source.push('bar')
        source.push(None)

        pt = source.pipe(PassThrough())
        _test(common, pt)
    run(main)


def test_underlying_cause(common, run):
    # This is the underlying cause of the above test case.
    def main():
        pushChunks = ['foo', 'bar']

        def read(size):
            chunk = pushChunks.pop(0) if pushChunks else None
            if chunk:
                # synchronous call
                r.push(chunk)
            else:
                # asynchronous call
                process.nextTick(lambda: r.push(None))
        r = Readable({'read': read})

        _test(common, r)
    run(main)
