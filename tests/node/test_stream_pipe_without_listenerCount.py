"""Port of Node's test/parallel/test-stream-pipe-without-listenerCount.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-pipe-without-listenerCount.js
"""

from node_http_agent import stream


def test_stream_pipe_without_listenerCount(common, run):
    def main():
        r = stream.Stream()
        r.listenerCount = None

        w = stream.Stream()
        w.listenerCount = None

        def onpipe(*args):
            r.emit('error', Exception('Readable Error'))
            w.emit('error', Exception('Writable Error'))
        w.on('pipe', onpipe)
        r.on('error', common.mustCall())
        w.on('error', common.mustCall())
        r.pipe(w)
    run(main)
