"""Port of Node's test/parallel/test-stream-readable-constructor-set-methods.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-constructor-set-methods.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_constructor_set_methods(common, run):
    def main():
        def _read(n):
            r.push(None)  # `this` is the stream: hooks are called without self
        _read = common.mustCall(_read)

        r = Readable({'read': _read})
        r.resume()
    run(main)
