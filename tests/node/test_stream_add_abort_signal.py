"""Port of Node's test/parallel/test-stream-add-abort-signal.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-add-abort-signal.js

``internal/streams/add-abort-signal`` (``--expose-internals``) is
``node_http_agent._streams.add_abort_signal``.
"""

import pytest

from node_http_agent._streams.add_abort_signal import addAbortSignalNoValidate
from node_http_agent.abort import AbortController
from node_http_agent.stream import Readable, addAbortSignal


def test_invalid_arguments(run):
    def main():
        with pytest.raises(Exception) as info:
            addAbortSignal('INVALID_SIGNAL')
        assert 'ERR_INVALID_ARG_TYPE' in repr(info.value)  # /ERR_INVALID_ARG_TYPE/

        ac = AbortController()
        with pytest.raises(Exception) as info:
            addAbortSignal(ac.signal, 'INVALID_STREAM')
        assert 'ERR_INVALID_ARG_TYPE' in repr(info.value)
    run(main)


def test_no_validate(run):
    def main():
        r = Readable({'read': lambda size: None})
        assert r == addAbortSignalNoValidate('INVALID_SIGNAL', r)
    run(main)
