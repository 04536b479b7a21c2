"""Port of Node's test/parallel/test-stream-writable-aborted.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writable-aborted.js
"""

from node_http_agent.stream import Writable


def test_destroy(run):
    def main():
        writable = Writable({'write': lambda chunk, encoding, cb: None})
        assert writable.writableAborted is False
        writable.destroy()
        assert writable.writableAborted is True
    run(main)


def test_end_then_destroy(run):
    def main():
        writable = Writable({'write': lambda chunk, encoding, cb: None})
        assert writable.writableAborted is False
        writable.end()
        writable.destroy()
        assert writable.writableAborted is True
    run(main)
