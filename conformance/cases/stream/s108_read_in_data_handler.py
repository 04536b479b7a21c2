# s108 - calling read() inside a 'data' handler of a flowing stream: the returned chunk is also emitted as 'data' (test-stream-readable-flow-recursion.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Readable


def main():
    r = Readable({'objectMode': True, 'read': lambda size: None})
    r.push(1)
    r.push(2)
    r.push(3)
    r.push(None)
    first = True

    def on_data(v):
        nonlocal first
        log('data', v)
        if first:
            first = False
            log('read inside', r.read())
    r.on('data', on_data)
    r.on('end', lambda: log('end'))


process.run(main)
