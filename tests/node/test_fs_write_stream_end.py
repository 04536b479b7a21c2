"""Port of Node's test/parallel/test-fs-write-stream-end.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream-end.js
"""

from node_http_agent import fs


def test_write_stream_end(common, run, tmp_path):
    def main():
        file0 = str(tmp_path / 'write-end-test0.txt')
        stream = fs.createWriteStream(file0)
        stream.end()
        stream.on('close', common.mustCall())

        file1 = str(tmp_path / 'write-end-test1.txt')
        stream1 = fs.createWriteStream(file1)
        stream1.end('a\n', 'utf8')

        def onclose():
            content = fs.readFileSync(file1, 'utf8')
            assert content == 'a\n'
        stream1.on('close', common.mustCall(onclose))

        file2 = str(tmp_path / 'write-end-test2.txt')
        stream2 = fs.createWriteStream(file2)
        stream2.end()
        calledOpen = False

        def onopen(*_):
            nonlocal calledOpen
            calledOpen = True
        stream2.on('open', onopen)

        def onfinish():
            assert calledOpen is True
        stream2.on('finish', common.mustCall(onfinish))
    run(main)
