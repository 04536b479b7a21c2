# s086 - a PassThrough with setEncoding('utf8') fed a multi-byte text one byte at a time emits whole characters (test-stream2-set-encoding.js)
from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import PassThrough


def main():
    p = PassThrough()
    p.setEncoding('utf8')
    out = []
    p.on('data', lambda s: out.append(s))
    p.on('end', lambda: log('chunks', out, 'joined', ''.join(out)))
    buf = 'a€😀'.encode()
    for i in range(len(buf)):
        p.write(buf[i:i + 1])
    p.end()


process.run(main)
