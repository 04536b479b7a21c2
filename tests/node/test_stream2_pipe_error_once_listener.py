"""Port of Node's test/parallel/test-stream2-pipe-error-once-listener.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-pipe-error-once-listener.js

(Node's test only logs; it passes when the error with a once-listener does not
crash the process: here, when ``run()`` returns.)
"""

from node_http_agent import stream


class Read(stream.Readable):
    def _read(self, size):
        self.push('x')
        self.push(None)


class Write(stream.Writable):
    def _write(self, buffer, encoding, cb):
        self.emit('error', Exception('boom'))
        self.emit('alldone')


def test_stream2_pipe_error_once_listener(run):
    def main():
        read = Read()
        write = Write()

        write.once('error', lambda *args: None)
        write.once('alldone', lambda *err: None)

        read.pipe(write)
    run(main)
