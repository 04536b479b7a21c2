"""Port of Node's test/parallel/test-stream-duplex-props.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-duplex-props.js
"""

from node_http_agent.stream import Duplex


def test_stream_duplex_props_1(run):
    def main():
        d = Duplex({
            'objectMode': True,
            'highWaterMark': 100,
        })

        assert d.writableObjectMode is True
        assert d.writableHighWaterMark == 100
        assert d.readableObjectMode is True
        assert d.readableHighWaterMark == 100
    run(main)


def test_stream_duplex_props_2(run):
    def main():
        d = Duplex({
            'readableObjectMode': False,
            'readableHighWaterMark': 10,
            'writableObjectMode': True,
            'writableHighWaterMark': 100,
        })

        assert d.writableObjectMode is True
        assert d.writableHighWaterMark == 100
        assert d.readableObjectMode is False
        assert d.readableHighWaterMark == 10
    run(main)
