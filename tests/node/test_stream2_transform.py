"""Port of Node's test/parallel/test-stream2-transform.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-transform.js

``JSON.stringify`` is ``json.dumps`` with JS's separators.
"""

import json

from node_http_agent import process
from node_http_agent.stream import PassThrough, Transform
from node_http_agent.timers import setTimeout


def stringify(value):
    return json.dumps(value, separators=(',', ':'))


def test_writable_side_consumption(run):
    # Verify writable side consumption
    def main():
        tx = Transform({'highWaterMark': 10})

        transformed = 0

        def _transform(chunk, encoding, cb):
            nonlocal transformed
            transformed += len(chunk)
            tx.push(chunk)
            cb()
        tx._transform = _transform

        for i in range(1, 11):
            tx.write(bytes(i))
        tx.end()

        assert tx.readableLength == 10
        assert transformed == 10
        assert [len(c['chunk']) for c in tx.writableBuffer] == [5, 6, 7, 8, 9, 10]
    run(main)


def test_passthrough(run):
    # Verify passthrough behavior
    def main():
        pt = PassThrough()

        pt.write(b'foog')
        pt.write(b'bark')
        pt.write(b'bazy')
        pt.write(b'kuel')
        pt.end()

        assert pt.read(5).decode() == 'foogb'
        assert pt.read(5).decode() == 'arkba'
        assert pt.read(5).decode() == 'zykue'
        assert pt.read(5).decode() == 'l'
    run(main)


def test_object_passthrough(run):
    # Verify object passthrough behavior
    def main():
        pt = PassThrough({'objectMode': True})

        pt.write(1)
        pt.write(True)
        pt.write(False)
        pt.write(0)
        pt.write('foo')
        pt.write('')
        pt.write({'a': 'b'})
        pt.end()

        assert pt.read() == 1
        assert pt.read() is True
        assert pt.read() is False
        assert pt.read() == 0
        assert pt.read() == 'foo'
        assert pt.read() == ''
        assert pt.read() == {'a': 'b'}
    run(main)


def test_constructors(run):
    def main():
        # Verify passthrough constructor behavior
        pt = PassThrough()

        assert isinstance(pt, PassThrough)

        # Verify transform constructor behavior
        pt = Transform()

        assert isinstance(pt, Transform)
    run(main)


def test_simple_transform(run):
    # Perform a simple transform
    def main():
        pt = Transform()

        def _transform(c, e, cb):
            ret = b'x' * len(c)
            pt.push(ret)
            cb()
        pt._transform = _transform

        pt.write(b'foog')
        pt.write(b'bark')
        pt.write(b'bazy')
        pt.write(b'kuel')
        pt.end()

        assert pt.read(5).decode() == 'xxxxx'
        assert pt.read(5).decode() == 'xxxxx'
        assert pt.read(5).decode() == 'xxxxx'
        assert pt.read(5).decode() == 'x'
    run(main)


def test_simple_object_transform(run):
    # Verify simple object transform
    def main():
        pt = Transform({'objectMode': True})

        def _transform(c, e, cb):
            pt.push(stringify(c))
            cb()
        pt._transform = _transform

        pt.write(1)
        pt.write(True)
        pt.write(False)
        pt.write(0)
        pt.write('foo')
        pt.write('')
        pt.write({'a': 'b'})
        pt.end()

        assert pt.read() == '1'
        assert pt.read() == 'true'
        assert pt.read() == 'false'
        assert pt.read() == '0'
        assert pt.read() == '"foo"'
        assert pt.read() == '""'
        assert pt.read() == '{"a":"b"}'
    run(main)


def test_async_passthrough(common, run):
    # Verify async passthrough
    def main():
        pt = Transform()

        def _transform(chunk, encoding, cb):
            def later():
                pt.push(chunk)
                cb()
            setTimeout(later, 10)
        pt._transform = _transform

        pt.write(b'foog')
        pt.write(b'bark')
        pt.write(b'bazy')
        pt.write(b'kuel')
        pt.end()

        def onfinish():
            assert pt.read(5).decode() == 'foogb'
            assert pt.read(5).decode() == 'arkba'
            assert pt.read(5).decode() == 'zykue'
            assert pt.read(5).decode() == 'l'
        pt.on('finish', common.mustCall(onfinish))
    run(main)


def test_asymmetric_expand(common, run):
    # Verify asymmetric transform (expand)
    def main():
        pt = Transform()

        # Emit each chunk 2 times.
        def _transform(chunk, encoding, cb):
            def first():
                pt.push(chunk)

                def second():
                    pt.push(chunk)
                    cb()
                setTimeout(second, 10)
            setTimeout(first, 10)
        pt._transform = _transform

        pt.write(b'foog')
        pt.write(b'bark')
        pt.write(b'bazy')
        pt.write(b'kuel')
        pt.end()

        def onfinish():
            assert pt.read(5).decode() == 'foogf'
            assert pt.read(5).decode() == 'oogba'
            assert pt.read(5).decode() == 'rkbar'
            assert pt.read(5).decode() == 'kbazy'
            assert pt.read(5).decode() == 'bazyk'
            assert pt.read(5).decode() == 'uelku'
            assert pt.read(5).decode() == 'el'
        pt.on('finish', common.mustCall(onfinish))
    run(main)


def test_asymmetric_compress(common, run):
    # Verify asymmetric transform (compress)
    def main():
        pt = Transform()

        # Each output is the first char of 3 consecutive chunks,
        # or whatever's left.
        pt.state = ''

        def _transform(chunk, encoding, cb):
            s = chunk.decode() if chunk else ''  # (chunk ||= '').toString()

            def later():
                pt.state += s[0:1]  # `this` is pt
                if len(pt.state) == 3:
                    pt.push(pt.state.encode())
                    pt.state = ''
                cb()
            setTimeout(later, 10)
        pt._transform = _transform

        def _flush(cb):
            # Just output whatever we have.
            pt.push(pt.state.encode())
            pt.state = ''
            cb()
        pt._flush = _flush

        pt.write(b'aaaa')
        pt.write(b'bbbb')
        pt.write(b'cccc')
        pt.write(b'dddd')
        pt.write(b'eeee')
        pt.write(b'aaaa')
        pt.write(b'bbbb')
        pt.write(b'cccc')
        pt.write(b'dddd')
        pt.write(b'eeee')
        pt.write(b'aaaa')
        pt.write(b'bbbb')
        pt.write(b'cccc')
        pt.write(b'dddd')
        pt.end()

        # 'abcdeabcdeabcd'
        def onfinish():
            assert pt.read(5).decode() == 'abcde'
            assert pt.read(5).decode() == 'abcde'
            assert pt.read(5).decode() == 'abcd'
        pt.on('finish', common.mustCall(onfinish))
    run(main)


def test_complex_transform(common, run):
    # This tests for a stall when data is written to a full stream
    # that has empty transforms.
    # Verify complex transform behavior
    def main():
        count = 0
        saved = None
        pt = Transform({'highWaterMark': 3})

        def _transform(c, e, cb):
            nonlocal count, saved
            count += 1
            if count - 1 == 1:
                saved = c
            else:
                if saved:
                    pt.push(saved)
                    saved = None
                pt.push(c)

            cb()
        pt._transform = _transform

        def onreadable():
            def later():
                pt.write(b'd')
                pt.write(b'ef', common.mustCall(lambda *args: pt.end()))
                assert pt.read().decode() == 'abcdef'
                assert pt.read() is None
            process.nextTick(later)
        pt.once('readable', onreadable)

        pt.write(b'abc')
    run(main)


def test_passthrough_event_emission(run):
    # Verify passthrough event emission
    def main():
        pt = PassThrough()
        emits = 0

        def onreadable():
            nonlocal emits
            emits += 1
        pt.on('readable', onreadable)

        pt.write(b'foog')
        pt.write(b'bark')

        assert emits == 0
        assert pt.read(5).decode() == 'foogb'
        assert pt.read(5) is None  # String(pt.read(5)) === 'null'
        assert emits == 0

        pt.write(b'bazy')
        pt.write(b'kuel')

        assert emits == 0
        assert pt.read(5).decode() == 'arkba'
        assert pt.read(5).decode() == 'zykue'
        assert pt.read(5) is None

        pt.end()

        assert emits == 1
        assert pt.read(5).decode() == 'l'
        assert pt.read(5) is None
        assert emits == 1
    run(main)


def test_passthrough_event_emission_reordering(common, run):
    # Verify passthrough event emission reordering
    def main():
        pt = PassThrough()
        emits = 0

        def onreadable():
            nonlocal emits
            emits += 1
        pt.on('readable', onreadable)

        pt.write(b'foog')
        pt.write(b'bark')

        assert emits == 0
        assert pt.read(5).decode() == 'foogb'
        assert pt.read(5) is None

        def first():
            assert pt.read(5).decode() == 'arkba'
            assert pt.read(5) is None

            def second():
                assert pt.read(5).decode() == 'zykue'
                assert pt.read(5) is None

                def third():
                    assert pt.read(5).decode() == 'l'
                    assert pt.read(5) is None
                    assert emits == 3
                pt.once('readable', common.mustCall(third))
                pt.end()
            pt.once('readable', common.mustCall(second))
            pt.write(b'kuel')
        pt.once('readable', common.mustCall(first))

        pt.write(b'bazy')
    run(main)


def test_passthrough_facade(common, run):
    # Verify passthrough facade
    def main():
        pt = PassThrough()
        datas = []
        pt.on('data', lambda chunk: datas.append(chunk.decode()))

        def onend():
            assert datas == ['foog', 'bark', 'bazy', 'kuel']
        pt.on('end', common.mustCall(onend))

        pt.write(b'foog')

        def t1():
            pt.write(b'bark')

            def t2():
                pt.write(b'bazy')

                def t3():
                    pt.write(b'kuel')
                    setTimeout(lambda: pt.end(), 10)
                setTimeout(t3, 10)
            setTimeout(t2, 10)
        setTimeout(t1, 10)
    run(main)


# Anything except null/undefined is fine.
# those are "magic" in the stream API, because they signal EOF.
objects = [
    {'foo': 'bar'},
    100,
    'string',
    {'nested': {'things': [{'foo': 'bar'}, 100, 'string']}},
]


def test_json_parse(common, run):
    # Verify object transform (JSON parse)
    def main():
        jp = Transform({'objectMode': True})

        def _transform(data, encoding, cb):
            try:
                jp.push(json.loads(data))
                cb()
            except Exception as er:
                cb(er)
        jp._transform = _transform

        ended = False

        def onend():
            nonlocal ended
            ended = True
        jp.on('end', onend)

        for obj in objects:
            jp.write(stringify(obj))
            res = jp.read()
            assert res == obj

        jp.end()
        # Read one more time to get the 'end' event
        jp.read()

        def later():
            assert ended is True
        process.nextTick(common.mustCall(later))
    run(main)


def test_json_stringify(common, run):
    # Verify object transform (JSON stringify)
    def main():
        js = Transform({'objectMode': True})

        def _transform(data, encoding, cb):
            try:
                js.push(stringify(data))
                cb()
            except Exception as er:
                cb(er)
        js._transform = _transform

        ended = False

        def onend():
            nonlocal ended
            ended = True
        js.on('end', onend)

        for obj in objects:
            js.write(obj)
            res = js.read()
            assert res == stringify(obj)

        js.end()
        # Read one more time to get the 'end' event
        js.read()

        def later():
            assert ended is True
        process.nextTick(common.mustCall(later))
    run(main)


def test_push_in_construct(common, run):
    def main():
        def construct(callback):
            s.push('header from constructor')
            callback()
        s = Transform({
            'objectMode': True,
            'construct': construct,
            'transform': lambda row, encoding, callback: callback(None, row),
        })

        expected = [
            'header from constructor',
            'firstLine',
            'secondLine',
        ]

        def ondata(data):
            assert str(data) == expected.pop(0)
        s.on('data', common.mustCall(ondata, 3))
        s.write('firstLine')
        process.nextTick(lambda: s.write('secondLine'))
    run(main)
