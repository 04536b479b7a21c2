"""Port of Node's test/parallel/test-stream-unpipe-event.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-unpipe-event.js
"""

import pytest

from node_http_agent.stream import Readable, Writable
from node_http_agent.timers import setImmediate


class NullWriteable(Writable):
    def _write(self, chunk, encoding, callback):
        return callback()


class QuickEndReadable(Readable):
    def _read(self, size):
        self.push(None)


class NeverEndReadable(Readable):
    def _read(self, size):
        pass


@pytest.mark.parametrize('Src, options, unpipe, unpipeEmitted, pipes', [
    (QuickEndReadable, None, False, True, 0),
    (NeverEndReadable, None, False, False, 1),
    (NeverEndReadable, None, True, True, 0),
    (QuickEndReadable, {'end': False}, False, True, 0),
    (NeverEndReadable, {'end': False}, False, False, 1),
    (NeverEndReadable, {'end': False}, True, True, 0),
])
def test_stream_unpipe_event(common, run, Src, options, unpipe, unpipeEmitted, pipes):
    # The six blocks of the Node file, one per parameter set.
    def main():
        dest = NullWriteable()
        src = Src()
        dest.on('pipe', common.mustCall())
        if unpipeEmitted:
            dest.on('unpipe', common.mustCall())
        else:
            dest.on('unpipe', common.mustNotCall('unpipe should not have been emitted'))
        if options is None:
            src.pipe(dest)
        else:
            src.pipe(dest, options)
        if unpipe:
            src.unpipe(dest)

        def later():
            assert len(src._readableState.pipes) == pipes
        setImmediate(common.mustCall(later))
    run(main)
