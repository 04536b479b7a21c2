"""Port of Node's test/parallel/test-fs-write-stream-autoclose-option.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-fs-write-stream-autoclose-option.js
``fs.readFile`` is read with ``readFileSync``; the ERR_INVALID_THIS check on the
prototype's getter has no Python counterpart (a class attribute is the property).
"""

from node_http_agent import fs, process


def test_autoclose_option(common, run, tmp_path):
    file = str(tmp_path / 'write-autoclose-opt1.txt')

    def main():
        stream = fs.createWriteStream(file, {'flags': 'w+', 'autoClose': False})
        stream.write('Test1')
        stream.end()

        def onfinish():
            stream.on('close', common.mustNotCall())

            def tick():
                assert stream.closed is False
                assert stream.fd is not None
                next_(stream.fd)
            process.nextTick(common.mustCall(tick))
        stream.on('finish', common.mustCall(onfinish))

        def next_(fd):
            # This will tell us if the fd is usable again or not
            stream2 = fs.createWriteStream(None, {'fd': fd, 'start': 0})
            stream2.write('Test2')
            stream2.end()

            def onfinish2():
                assert stream2.closed is False

                def onclose2():
                    assert stream2.fd is None
                    assert stream2.closed is True
                    process.nextTick(next2)
                stream2.on('close', common.mustCall(onclose2))
            stream2.on('finish', common.mustCall(onfinish2))

        def next2():
            # This will test if after reusing the fd data is written properly
            assert fs.readFileSync(file).decode() == 'Test2'
            process.nextTick(common.mustCall(next3))

        def next3():
            # This is to test success scenario where autoClose is true
            stream3 = fs.createWriteStream(file, {'autoClose': True})
            stream3.write('Test3')
            stream3.end()

            def onfinish3():
                assert stream3.closed is False

                def onclose3():
                    assert stream3.fd is None
                    assert stream3.closed is True
                stream3.on('close', common.mustCall(onclose3))
            stream3.on('finish', common.mustCall(onfinish3))
    run(main)
