# s104 - the classic backpressure loop: write until false, wait for 'drain', continue; number of drains and total bytes (doc example, test-stream-writable-drain*.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Writable
from node_http_agent.timers import setImmediate


def main():
    bytes_ = 0

    def write(chunk, encoding, callback):
        nonlocal bytes_
        bytes_ += len(chunk)
        setImmediate(callback)

    w = Writable({'highWaterMark': 10, 'write': write})
    i = 0
    drains = 0
    stops = []

    def writeMore():
        nonlocal i
        ok = True
        while i < 20 and ok:
            i += 1
            ok = w.write('abcd')
        if i < 20:
            stops.append(i)

            def on_drain():
                nonlocal drains
                drains += 1
                writeMore()
            w.once('drain', on_drain)
        else:
            w.end(lambda *a: log('done', bytes_, 'drains', drains, 'stopped at', stops))
    writeMore()


process.run(main)
