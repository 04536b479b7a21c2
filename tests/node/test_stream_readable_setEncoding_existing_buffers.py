"""Port of Node's test/parallel/test-stream-readable-setEncoding-existing-buffers.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-setEncoding-existing-buffers.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable


def test_complete_bytes(run):
    # Call .setEncoding() while there are bytes already in the buffer.
    def main():
        r = Readable({'read': lambda size: None})

        r.push(b'a')
        r.push(b'b')

        r.setEncoding('utf8')
        chunks = []
        r.on('data', lambda chunk: chunks.append(chunk))

        def later():
            assert chunks == ['ab']
        process.nextTick(later)
    run(main)


def test_chunked_character(run):
    # Call .setEncoding() while the buffer contains a complete,
    # but chunked character.
    def main():
        r = Readable({'read': lambda size: None})

        r.push(bytes([0xf0]))
        r.push(bytes([0x9f]))
        r.push(bytes([0x8e]))
        r.push(bytes([0x89]))

        r.setEncoding('utf8')
        chunks = []
        r.on('data', lambda chunk: chunks.append(chunk))

        def later():
            assert chunks == ['🎉']
        process.nextTick(later)
    run(main)


def test_incomplete_character(run):
    # Call .setEncoding() while the buffer contains an incomplete character,
    # and finish the character later.
    def main():
        r = Readable({'read': lambda size: None})

        r.push(bytes([0xf0]))
        r.push(bytes([0x9f]))

        r.setEncoding('utf8')

        r.push(bytes([0x8e]))
        r.push(bytes([0x89]))

        chunks = []
        r.on('data', lambda chunk: chunks.append(chunk))

        def later():
            assert chunks == ['🎉']
        process.nextTick(later)
    run(main)
