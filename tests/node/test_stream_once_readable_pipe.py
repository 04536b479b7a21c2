"""Port of Node's test/parallel/test-stream-once-readable-pipe.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-once-readable-pipe.js
"""

from node_http_agent.stream import Readable, Writable

# This test ensures that if have 'readable' listener
# on Readable instance it will not disrupt the pipe.


def test_stream_once_readable_pipe_before(common, run):
    def main():
        receivedData = ''

        def write(chunk, env, callback):
            nonlocal receivedData
            receivedData += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        data = ['foo', 'bar', 'baz']
        r = Readable({'read': lambda size: None})

        r.once('readable', common.mustCall())

        r.pipe(w)
        r.push(data[0])
        r.push(data[1])
        r.push(data[2])
        r.push(None)

        def onfinish():
            assert receivedData == ''.join(data)
        w.on('finish', common.mustCall(onfinish))
    run(main)


def test_stream_once_readable_pipe_after(common, run):
    def main():
        receivedData = ''

        def write(chunk, env, callback):
            nonlocal receivedData
            receivedData += chunk.decode()  # string += Buffer
            callback()
        w = Writable({'write': write})

        data = ['foo', 'bar', 'baz']
        r = Readable({'read': lambda size: None})

        r.pipe(w)
        r.push(data[0])
        r.push(data[1])
        r.push(data[2])
        r.push(None)
        r.once('readable', common.mustCall())

        def onfinish():
            assert receivedData == ''.join(data)
        w.on('finish', common.mustCall(onfinish))
    run(main)
