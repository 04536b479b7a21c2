"""Port of Node's test/parallel/test-stream-duplex-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-end.js
"""

from node_http_agent.stream import Duplex


def test_stream_duplex_end_half_open(common, run):
    def main():
        stream = Duplex({'read': lambda size: None})
        assert stream.allowHalfOpen is True
        stream.on('finish', common.mustNotCall())
        assert stream.listenerCount('end') == 0
        stream.resume()
        stream.push(None)
    run(main)


def test_stream_duplex_end_not_half_open(common, run):
    def main():
        stream = Duplex({
            'read': lambda size: None,
            'allowHalfOpen': False,
        })
        assert stream.allowHalfOpen is False
        stream.on('finish', common.mustCall())
        assert stream.listenerCount('end') == 0
        stream.resume()
        stream.push(None)
    run(main)


def test_stream_duplex_end_writable_ended(common, run):
    def main():
        stream = Duplex({
            'read': lambda size: None,
            'allowHalfOpen': False,
        })
        assert stream.allowHalfOpen is False
        stream._writableState.ended = True
        stream.on('finish', common.mustNotCall())
        assert stream.listenerCount('end') == 0
        stream.resume()
        stream.push(None)
    run(main)
