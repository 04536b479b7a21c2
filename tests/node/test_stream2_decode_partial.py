"""Port of Node's test/parallel/test-stream2-decode-partial.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-decode-partial.js
"""

from node_http_agent.stream import Readable


def test_stream2_decode_partial(run):
    buf = ''
    euro = bytes([0xE2, 0x82, 0xAC])
    cent = bytes([0xC2, 0xA2])
    source = b''.join([euro, cent])

    def main():
        readable = Readable({'encoding': 'utf8'})
        readable.push(source[0:2])
        readable.push(source[2:4])
        readable.push(source[4:6])
        readable.push(None)

        def ondata(data):
            nonlocal buf
            buf += data
        readable.on('data', ondata)
    run(main)

    # process.on('exit')
    assert buf == '€¢'
