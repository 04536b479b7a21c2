# s083 - pipeline where the source errors: callback with that error, destination destroyed without 'finish' (test-stream-pipeline.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable, Writable, pipeline
from node_http_agent.timers import setImmediate


def main():
    src = Readable({'read': lambda size: None})
    got = []

    def write(chunk, encoding, callback):
        got.append(chunk.decode())
        callback()

    dest = Writable({'write': write})
    dest.on('finish', lambda: log('finish (unexpected)'))
    dest.on('close', lambda: log('dest close', dest.destroyed))
    pipeline(src, dest, lambda err=None, *a: log('callback', str(err), got, 'errored',
                                                 dest.errored and str(dest.errored)))
    src.push('1')
    setImmediate(lambda: src.destroy(Exception('source broke')))


process.run(main)
