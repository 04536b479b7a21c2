"""Port of Node's test/parallel/test-stream-writable-final-throw.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-final-throw.js
"""

from node_http_agent.stream import Duplex


def test_stream_writable_final_throw(common, run):
    def main():
        class Foo(Duplex):
            def _final(self, callback):
                raise Exception('fhqwhgads')

            def _read(self, size):
                pass

        foo = Foo()
        foo._write = common.mustCall(lambda chunk, encoding, cb: cb())
        foo.end('test', common.expectsError({'message': 'fhqwhgads'}))
        foo.on('error', common.mustCall())
    run(main)
