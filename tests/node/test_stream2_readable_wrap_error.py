"""Port of Node's test/parallel/test-stream2-readable-wrap-error.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-readable-wrap-error.js
"""

import pytest

from node_http_agent.events import EventEmitter as EE
from node_http_agent.stream import Readable


class LegacyStream(EE):
    def pause(self, *args):
        pass

    def resume(self, *args):
        pass


@pytest.mark.parametrize('autoDestroy', [True, False])
def test_stream2_readable_wrap_error(common, run, autoDestroy):
    # Node's two blocks: autoDestroy true (destroyed after the error) and false.
    def main():
        err = Exception()
        oldStream = LegacyStream()

        def onerror(*args):
            assert r._readableState.errorEmitted is True
            assert r._readableState.errored is err
            assert r.destroyed is autoDestroy
        r = Readable({'autoDestroy': autoDestroy}) \
            .wrap(oldStream) \
            .on('error', common.mustCall(onerror))
        oldStream.emit('error', err)
    run(main)
