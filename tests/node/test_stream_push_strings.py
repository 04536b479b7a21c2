"""Port of Node's test/parallel/test-stream-push-strings.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-push-strings.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setTimeout


class MyStream(Readable):
    def __init__(self, options=None):
        super().__init__(options)
        self._chunks = 3

    def _read(self, n):
        chunks = self._chunks
        self._chunks -= 1
        if chunks == 0:
            return self.push(None)
        if chunks == 1:
            return setTimeout(lambda: self.push('last chunk'), 100)
        if chunks == 2:
            return self.push('second to last chunk')
        if chunks == 3:
            return process.nextTick(lambda: self.push('first chunk'))
        raise Exception('?')


def test_stream_push_strings(run):
    results = []
    ms = None

    def main():
        nonlocal ms
        ms = MyStream()

        def onreadable():
            while (chunk := ms.read()) is not None:
                results.append(chunk.decode())  # String(chunk)
        ms.on('readable', onreadable)
    run(main)

    expect = ['first chunksecond to last chunk', 'last chunk']
    # process.on('exit')
    assert ms._chunks == -1
    assert results == expect
