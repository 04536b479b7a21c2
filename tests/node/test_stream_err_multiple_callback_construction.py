"""Port of Node's test/parallel/test-stream-err-multiple-callback-construction.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-err-multiple-callback-construction.js
"""

from node_http_agent import process, stream


def test_stream_err_multiple_callback_construction(common, run):
    class TestWritable(stream.Writable):
        def _write(self, _chunk, _encoding, callback):
            callback()

        def _final(self, callback):
            process.nextTick(callback)
            process.nextTick(callback)

    def main():
        writable = TestWritable()

        writable.on('finish', common.mustCall())

        def onerror(error):
            assert str(error) == 'Callback called multiple times'
        writable.on('error', common.mustCall(onerror))

        writable.write('some data')
        writable.end()
    run(main)
