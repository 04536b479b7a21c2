"""Port of Node's test/parallel/test-stream-writev.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-writev.js
"""

from node_http_agent import stream


def test_writev_combinations(common, run):
    queue = []
    for decode in range(2):
        for uncork in range(2):
            for multi in range(2):
                queue.append([bool(decode), bool(uncork), bool(multi)])

    def run_():
        t = queue.pop() if queue else None
        if t:
            test(t[0], t[1], t[2], run_)

    def test(decode, uncork, multi, next_):
        counter = 0
        expectCount = 0

        def cnt(msg):
            nonlocal expectCount
            expectCount += 1
            expect = expectCount

            def check(*args):
                nonlocal counter
                counter += 1
                assert counter == expect
            return common.mustSucceed(check)

        w = stream.Writable({'decodeStrings': decode})
        w._write = common.mustNotCall('Should not call _write')

        expectChunks = [
            {'encoding': 'buffer',
             'chunk': [104, 101, 108, 108, 111, 44, 32]},
            {'encoding': 'buffer',
             'chunk': [119, 111, 114, 108, 100]},
            {'encoding': 'buffer',
             'chunk': [33]},
            {'encoding': 'buffer',
             'chunk': [10, 97, 110, 100, 32, 116, 104, 101, 110, 46, 46, 46]},
            {'encoding': 'buffer',
             'chunk': [250, 206, 190, 167, 222, 173, 190, 239, 222, 202, 251, 173]},
        ] if decode else [
            {'encoding': 'ascii', 'chunk': 'hello, '},
            {'encoding': 'utf8', 'chunk': 'world'},
            {'encoding': 'buffer', 'chunk': [33]},
            {'encoding': 'latin1', 'chunk': '\nand then...'},
            {'encoding': 'hex', 'chunk': 'facebea7deadbeefdecafbad'},
        ]

        actualChunks = None

        def _writev(chunks, cb):
            nonlocal actualChunks
            actualChunks = [{
                'encoding': chunk['encoding'],
                'chunk': list(chunk['chunk']) if isinstance(chunk['chunk'], bytes)
                else chunk['chunk'],
            } for chunk in chunks]
            cb()
        w._writev = _writev

        w.cork()
        w.write('hello, ', 'ascii', cnt('hello'))
        w.write('world', 'utf8', cnt('world'))

        if multi:
            w.cork()

        w.write(b'!', 'buffer', cnt('!'))
        w.write('\nand then...', 'latin1', cnt('and then'))

        if multi:
            w.uncork()

        w.write('facebea7deadbeefdecafbad', 'hex', cnt('hex'))

        if uncork:
            w.uncork()

        w.end(cnt('end'))

        def onfinish():
            # Make sure finish comes after all the write cb
            cnt('finish')()
            assert actualChunks == expectChunks
            next_()
        w.on('finish', common.mustCall(onfinish))

    run(run_)


def test_writev_option(common, run):
    def main():
        w = stream.Writable({
            'writev': common.mustCall(lambda chunks, cb: cb()),
        })
        w.write('asd', common.mustCall())
    run(main)
