"""Port of Node's test/parallel/test-stream2-large-read-stall.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-stream2-large-read-stall.js

(The ``console.error`` tracing lines are left out.)
"""

from node_http_agent.stream import Readable
from node_http_agent.timers import setTimeout

# If everything aligns so that you do a read(n) of exactly the
# remaining buffer, then make sure that 'end' still emits.

READSIZE = 100
PUSHSIZE = 20
PUSHCOUNT = 1000
HWM = 50


def test_stream2_large_read_stall(common, run):
    pushes = 0

    def main():
        r = Readable({'highWaterMark': HWM})

        def push(*args):
            nonlocal pushes
            if pushes > PUSHCOUNT:
                return

            pushes += 1
            if pushes - 1 == PUSHCOUNT:
                return r.push(None)

            if r.push(bytes(PUSHSIZE)):
                setTimeout(push, 1)

        r._read = push

        def onreadable():
            while True:
                ret = r.read(READSIZE)
                if not (ret and len(ret) == READSIZE):
                    break
        r.on('readable', onreadable)

        def onend():
            assert pushes == PUSHCOUNT + 1
        r.on('end', common.mustCall(onend))
    run(main, timeout=20)
