"""Port of Node's test/parallel/test-stream2-readable-empty-buffer-no-eof.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-empty-buffer-no-eof.js
"""

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate


def test1(run):
    results = []

    def main():
        r = Readable()

        # Should not end when we get a Buffer.alloc(0) or '' as the _read
        # result that just means that there is *temporarily* no data, but to
        # go ahead and try again later.
        #
        # note that this is very unusual.  it only works for crypto streams
        # because the other side of the stream will call read(0) to cycle
        # data through openssl.  that's why setImmediate() is used to call
        # r.read(0) again later, otherwise there is no more work being done
        # and the process just exits.

        buf = b'x' * 5
        reads = 5

        def _read(n):
            nonlocal reads
            case = reads
            reads -= 1
            if case == 5:
                return setImmediate(lambda: r.push(buf))
            if case == 4:
                setImmediate(lambda: r.push(bytes(0)))
                return setImmediate(r.read, 0)
            if case == 3:
                setImmediate(r.read, 0)
                return process.nextTick(lambda: r.push(bytes(0)))
            if case == 2:
                setImmediate(r.read, 0)
                return r.push(bytes(0))  # Not-EOF!
            if case == 1:
                return r.push(buf)
            if case == 0:
                return r.push(None)  # EOF
            raise Exception('unreachable')
        r._read = _read

        def flow():
            while (chunk := r.read()) is not None:
                results.append(chunk.decode())  # String(chunk)
        r.on('readable', flow)
        r.on('end', lambda: results.append('EOF'))
        flow()
    run(main)

    # process.on('exit')
    assert results == ['xxxxx', 'xxxxx', 'EOF']


def test2(run):
    results = []

    def main():
        r = Readable({'encoding': 'base64'})
        reads = 5

        def _read(n):
            nonlocal reads
            reads -= 1
            if not reads + 1:
                return r.push(None)  # EOF
            return r.push(b'x')
        r._read = _read

        def flow():
            while (chunk := r.read()) is not None:
                results.append(str(chunk))
        r.on('readable', flow)
        r.on('end', lambda: results.append('EOF'))
        flow()
    run(main)

    # process.on('exit')
    assert results == ['eHh4', 'eHg=', 'EOF']
