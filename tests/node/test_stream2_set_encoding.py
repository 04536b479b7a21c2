"""Port of Node's test/parallel/test-stream2-set-encoding.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-set-encoding.js

Node's eight blocks differ only in the encoding, how it is set (setEncoding()
or the option) and the read size: one parametrized test.
"""

import pytest

from node_http_agent.stream import Readable as R
from node_http_agent.timers import setTimeout


class TestReader(R):
    __test__ = False  # a stream, not a pytest class

    def __init__(self, n=None, opts=None):
        super().__init__(opts)
        self.pos = 0
        self.len = n or 100

    def _read(self, n):
        def later():
            nonlocal n
            if self.pos >= self.len:
                # Double push(null) to test eos handling
                self.push(None)
                return self.push(None)

            n = min(n, self.len - self.pos)
            if n <= 0:
                # Double push(null) to test eos handling
                self.push(None)
                return self.push(None)

            self.pos += n
            ret = b'a' * n

            return self.push(ret)
        setTimeout(later, 1)


UTF8 = ['aaaaaaaaaa'] * 10
HEX = ['6161616161'] * 20
HEX13 = ['6161616161616', '1616161616161'] * 7 + ['6161616161616', '16161']
BASE64 = ['YWFhYWFhYW', 'FhYWFhYWFh'] * 6 + ['YWFhYWFhYW', 'FhYQ==']


@pytest.mark.parametrize('how', ['setEncoding', 'option'])
@pytest.mark.parametrize('encoding, size, expect', [
    ('utf8', 10, UTF8),        # Verify utf8 encoding
    ('hex', 10, HEX),          # Verify hex encoding
    ('hex', 13, HEX13),        # Verify hex encoding with read(13)
    ('base64', 10, BASE64),    # Verify base64 encoding
])
def test_stream2_set_encoding(common, run, how, encoding, size, expect):
    def main():
        if how == 'setEncoding':
            tr = TestReader(100)
            tr.setEncoding(encoding)
        else:
            tr = TestReader(100, {'encoding': encoding})
        out = []

        def flow():
            while (chunk := tr.read(size)) is not None:
                out.append(chunk)
        tr.on('readable', flow)

        def onend():
            assert out == expect
        tr.on('end', common.mustCall(onend))
    run(main)


def test_chaining(run):
    # Verify chaining behavior
    def main():
        tr = TestReader(100)
        assert tr.setEncoding('utf8') is tr
    run(main)
