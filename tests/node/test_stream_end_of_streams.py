"""Port of Node's test/parallel/test-stream-end-of-streams.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-end-of-streams.js
"""

import pytest

from node_http_agent.stream import Duplex, finished


def test_stream_end_of_streams(common, run):
    def main():
        with pytest.raises(Exception) as info:
            # Passing empty object to mock invalid stream
            # should throw error
            finished({}, lambda *a: None)
        common.expectsError({'code': 'ERR_INVALID_ARG_TYPE'})(info.value)

        streamObj = Duplex()
        streamObj.end()
        # Below code should not throw any errors as the
        # streamObj is `Stream`
        finished(streamObj, lambda *a: None)
    run(main)
