"""Port of Node's test/parallel/test-fs-read-stream-double-close.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-read-stream-double-close.js
"""

from node_http_agent import fs


def test_close_twice(common, run):
    def main():
        s = fs.createReadStream(__file__)
        s.close(common.mustCall())
        s.close(common.mustCall())
    run(main)


def test_destroy_twice(common, run):
    def main():
        s = fs.createReadStream(__file__)
        # This is a private API, but it is worth testing. close calls this
        s.destroy(None, common.mustCall())
        s.destroy(None, common.mustCall())
    run(main)
