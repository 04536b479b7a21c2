"""Port of Node's test/parallel/test-stream-transform-destroy.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-transform-destroy.js

The file as a whole needs Node > 20 only for its last two blocks
(``Symbol.asyncDispose`` and ``await using``, left out); the rest passes on
Node 20.
"""

from node_http_agent import process
from node_http_agent.stream import Transform


def noop(*args):
    pass


def test_destroy(common, run):
    def main():
        transform = Transform({'transform': noop})

        transform.resume()

        transform.on('end', common.mustNotCall())
        transform.on('close', common.mustCall())
        transform.on('finish', common.mustNotCall())

        transform.destroy()
    run(main)


def test_destroy_error(common, run):
    def main():
        transform = Transform({'transform': noop})
        transform.resume()

        expected = Exception('kaboom')

        transform.on('end', common.mustNotCall())
        transform.on('finish', common.mustNotCall())
        transform.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        transform.on('error', common.mustCall(onerror))

        transform.destroy(expected)
    run(main)


def test_custom_destroy_passes_error(common, run):
    def main():
        transform = Transform({'transform': noop})

        def _destroy(err, cb):
            assert err is expected
            cb(err)
        transform._destroy = common.mustCall(_destroy, 1)

        expected = Exception('kaboom')

        transform.on('finish', common.mustNotCall('no finish event'))
        transform.on('close', common.mustCall())

        def onerror(err):
            assert err is expected
        transform.on('error', common.mustCall(onerror))

        transform.destroy(expected)
    run(main)


def test_destroy_option_swallows_error(common, run):
    def main():
        expected = Exception('kaboom')

        def destroy(err, cb):
            assert err is expected
            cb()
        transform = Transform({
            'transform': noop,
            'destroy': common.mustCall(destroy, 1),
        })
        transform.resume()

        transform.on('end', common.mustNotCall('no end event'))
        transform.on('close', common.mustCall())
        transform.on('finish', common.mustNotCall('no finish event'))

        # Error is swallowed by the custom _destroy
        transform.on('error', common.mustNotCall('no error event'))

        transform.destroy(expected)
    run(main)


def test_custom_destroy_null_error(common, run):
    def main():
        transform = Transform({'transform': noop})

        def _destroy(err, cb):
            assert err is None
            cb()
        transform._destroy = common.mustCall(_destroy, 1)

        transform.destroy()
    run(main)


def test_end_in_destroy(common, run):
    def main():
        transform = Transform({'transform': noop})
        transform.resume()

        def _destroy(err, cb):
            assert err is None

            def later():
                transform.push(None)  # `this` is the stream
                transform.end()
                cb()
            process.nextTick(later)
        transform._destroy = common.mustCall(_destroy, 1)

        fail = common.mustNotCall('no event')

        transform.on('finish', fail)
        transform.on('end', fail)
        transform.on('close', common.mustCall())

        transform.destroy()

        transform.removeListener('end', fail)
        transform.removeListener('finish', fail)
        transform.on('end', common.mustCall())
        transform.on('finish', common.mustNotCall())
    run(main)


def test_destroy_cb_error(common, run):
    def main():
        transform = Transform({'transform': noop})

        expected = Exception('kaboom')

        def _destroy(err, cb):
            assert err is None
            cb(expected)
        transform._destroy = common.mustCall(_destroy, 1)

        transform.on('close', common.mustCall())
        transform.on('finish', common.mustNotCall('no finish event'))
        transform.on('end', common.mustNotCall('no end event'))

        def onerror(err):
            assert err is expected
        transform.on('error', common.mustCall(onerror))

        transform.destroy()
    run(main)
