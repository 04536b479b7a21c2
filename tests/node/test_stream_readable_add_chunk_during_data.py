"""Port of Node's test/parallel/test-stream-readable-add-chunk-during-data.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-add-chunk-during-data.js
"""

from node_http_agent.stream import Readable


def test_stream_readable_add_chunk_during_data(common, run):
    # Verify that .push() and .unshift() can be called from 'data' listeners.
    def main():
        for method in ['push', 'unshift']:
            r = Readable({'read': lambda size: None})

            def ondata(chunk, r=r, method=method):
                assert r.readableLength == 0
                getattr(r, method)(chunk)
                assert r.readableLength == len(chunk)

                def ondata2(chunk):
                    assert chunk.decode() == 'Hello, world'
                r.on('data', common.mustCall(ondata2))
            r.once('data', common.mustCall(ondata))

            r.push('Hello, world')
    run(main)
