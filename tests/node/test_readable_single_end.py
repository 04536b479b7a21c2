"""Port of Node's test/parallel/test-readable-single-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-readable-single-end.js
"""

from node_http_agent.stream import Readable

# This test ensures that there will not be an additional empty 'readable'
# event when stream has ended (only 1 event signalling about end)


def test_readable_single_end(common, run):
    def main():
        r = Readable({'read': lambda size: None})

        r.push(None)

        r.on('readable', common.mustCall())
        r.on('end', common.mustCall())
    run(main)
