"""Port of Node's test/parallel/test-stream-promises.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-promises.js

``x.then(fn)`` is ``fn(await x)`` inside an async test; the blocks reading
files through ``fs`` (finished success/error) are left out (fs).
"""

import pytest

from node_http_agent.stream import Readable, Writable, promises
from node_http_agent.stream.promises import finished, pipeline
from node_http_agent.timers import setImmediate


def test_stream_promises_exports():
    assert promises.pipeline is pipeline
    assert promises.finished is finished
    # pipeline === promisify(stream.pipeline) left out: util.promisify's custom
    # symbol is JS-only.


def test_stream_promises_pipeline_success(common, run):
    # pipeline success
    async def main():
        finished_ = False
        processed = []
        expected = [b'a', b'b', b'c']

        read = Readable({'read': lambda size: None})

        def write_(data, enc, cb):
            processed.append(data)
            cb()
        write = Writable({'write': write_})

        def onfinish():
            nonlocal finished_
            finished_ = True
        write.on('finish', onfinish)

        for i in range(len(expected)):
            read.push(expected[i])
        read.push(None)

        def then(value):
            assert finished_
            assert processed == expected
        then = common.mustCall(then)
        then(await pipeline(read, write))
    run(main)


def test_stream_promises_pipeline_error(common, run):
    # pipeline error
    async def main():
        read = Readable({'read': lambda size: None})

        write = Writable({'write': lambda data, enc, cb: cb()})

        read.push('data')
        setImmediate(lambda: read.destroy())

        def catch(err):
            assert err, 'should have an error'
        catch = common.mustCall(catch)
        try:
            await pipeline(read, write)
        except Exception as err:
            catch(err)
    run(main)


def test_stream_promises_finished_cleanup_type(common, run):
    def main():
        streamObj = Readable()
        with pytest.raises(Exception) as info:
            # Passing cleanup option not as boolean
            # should throw error
            finished(streamObj, {'cleanup': 2})
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)
    run(main)


def test_stream_promises_finished_cleanup_boolean(run):
    # Below code should not throw any errors as the
    # streamObj is `Stream` and cleanup is boolean
    def main():
        streamObj = Readable()
        finished(streamObj, {'cleanup': True})
    run(main)


def test_stream_promises_finished_cleanup_false(common, run):
    # Cleanup function should not be called when cleanup is set to false
    # listenerCount should be 1 after calling finish
    async def main():
        streamObj = Writable()
        assert streamObj.listenerCount('end') == 0
        done = finished(streamObj, {'cleanup': False})
        streamObj.end()

        def then(value):
            assert streamObj.listenerCount('end') == 1
        common.mustCall(then)(await done)
    run(main)


def test_stream_promises_finished_cleanup_true(common, run):
    # Cleanup function should be called when cleanup is set to true
    # listenerCount should be 0 after calling finish
    async def main():
        streamObj = Writable()
        assert streamObj.listenerCount('end') == 0
        done = finished(streamObj, {'cleanup': True})
        streamObj.end()

        def then(value):
            assert streamObj.listenerCount('end') == 0
        common.mustCall(then)(await done)
    run(main)


def test_stream_promises_finished_cleanup_unset(common, run):
    # Cleanup function should not be called when cleanup has not been set
    # listenerCount should be 1 after calling finish
    async def main():
        streamObj = Writable()
        assert streamObj.listenerCount('end') == 0
        done = finished(streamObj)
        streamObj.end()

        def then(value):
            assert streamObj.listenerCount('end') == 1
        common.mustCall(then)(await done)
    run(main)
