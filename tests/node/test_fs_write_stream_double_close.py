"""Port of Node's test/parallel/test-fs-write-stream-double-close.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream-double-close.js
"""

from node_http_agent import fs, process


def test_close_twice(common, run, tmp_path):
    def main():
        s = fs.createWriteStream(str(tmp_path / 'rw'))
        s.close(common.mustCall())
        s.close(common.mustCall())
    run(main)


def test_close_after_close(common, run, tmp_path):
    def main():
        s = fs.createWriteStream(str(tmp_path / 'rw2'))
        emits = 0

        def onclose():
            nonlocal emits
            emits += 1
        s.on('close', onclose)

        def closed(*_):
            assert emits == 1
            s.close(common.mustCall(lambda *_: assert_emits(1)))
            process.nextTick(lambda: s.close(common.mustCall(lambda *_: assert_emits(1))))

        def assert_emits(n):
            assert emits == n
        s.close(common.mustCall(closed))
    run(main)


def test_close_twice_no_autoclose(common, run, tmp_path):
    def main():
        s = fs.createWriteStream(str(tmp_path / 'rw'), {'autoClose': False})
        s.close(common.mustCall())
        s.close(common.mustCall())
    run(main)
