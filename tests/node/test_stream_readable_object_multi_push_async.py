"""Port of Node's test/parallel/test-stream-readable-object-multi-push-async.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream-readable-object-multi-push-async.js

(The ``console.log`` tracing lines are left out.)
"""

import math

from node_http_agent import process
from node_http_agent.stream import Readable
from node_http_agent.timers import setImmediate, setTimeout

MAX = 42
BATCH = 10


def test_readable_listener(common, run):
    def main():
        i = 0

        def fetchData(cb):
            nonlocal i
            if i > MAX:
                setTimeout(cb, 10, None, [])
            else:
                array = []
                max_ = i + BATCH
                while i < max_:
                    array.append(i)
                    i += 1
                setTimeout(cb, 10, None, array)

        def read(size):
            def ondata(err, data):
                if err:
                    readable.destroy(err)
                    return

                if len(data) == 0:
                    readable.push(None)
                    return

                for d in data:
                    readable.push(d)
            fetchData(ondata)
        readable = Readable({
            'objectMode': True,
            'read': common.mustCall(read, math.floor(MAX / BATCH) + 2),
        })

        def onreadable():
            while readable.read() is not None:
                pass
        readable.on('readable', onreadable)

        def onend():
            assert i == (math.floor(MAX / BATCH) + 1) * BATCH
        readable.on('end', common.mustCall(onend))
    run(main)


def test_data_listener(common, run):
    def main():
        i = 0

        def fetchData(cb):
            nonlocal i
            if i > MAX:
                setTimeout(cb, 10, None, [])
            else:
                array = []
                max_ = i + BATCH
                while i < max_:
                    array.append(i)
                    i += 1
                setTimeout(cb, 10, None, array)

        def read(size):
            def ondata(err, data):
                if err:
                    readable.destroy(err)
                    return

                if len(data) == 0:
                    readable.push(None)
                    return

                for d in data:
                    readable.push(d)
            fetchData(ondata)
        readable = Readable({
            'objectMode': True,
            'read': common.mustCall(read, math.floor(MAX / BATCH) + 2),
        })

        readable.on('data', lambda data: None)

        def onend():
            assert i == (math.floor(MAX / BATCH) + 1) * BATCH
        readable.on('end', common.mustCall(onend))
    run(main)


def test_push_null_with_last_batch(common, run):
    def main():
        i = 0

        def fetchData(cb):
            nonlocal i
            array = []
            max_ = i + BATCH
            while i < max_:
                array.append(i)
                i += 1
            setTimeout(cb, 10, None, array)

        def read(size):
            def ondata(err, data):
                if err:
                    readable.destroy(err)
                    return

                for d in data:
                    readable.push(d)

                if data[BATCH - 1] >= MAX:
                    readable.push(None)
            fetchData(ondata)
        readable = Readable({
            'objectMode': True,
            'read': common.mustCall(read, math.floor(MAX / BATCH) + 1),
        })

        readable.on('data', lambda data: None)

        def onend():
            assert i == (math.floor(MAX / BATCH) + 1) * BATCH
        readable.on('end', common.mustCall(onend))
    run(main)


def test_end_after_next_tick(common, run):
    def main():
        readable = Readable({
            'objectMode': True,
            'read': common.mustNotCall(),
        })

        readable.on('data', common.mustNotCall())

        readable.push(None)

        nextTickPassed = False

        def tick():
            nonlocal nextTickPassed
            nextTickPassed = True
        process.nextTick(tick)

        def onend():
            assert nextTickPassed is True
        readable.on('end', common.mustCall(onend))
    run(main)


def test_push_in_immediate(common, run):
    def main():
        readable = Readable({
            'objectMode': True,
            'read': common.mustCall(),
        })

        readable.on('data', lambda data: None)

        readable.on('end', common.mustCall())

        def later():
            readable.push('aaa')
            readable.push(None)
        setImmediate(later)
    run(main)
