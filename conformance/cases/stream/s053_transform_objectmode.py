# s053 - Transform with writableObjectMode/readableObjectMode mixes: objects in, strings out; objectMode transform of numbers (test-stream-transform-split-objectmode.js)
import json

from conformance.trace import log
from node_http_agent import process
from node_http_agent.stream import Transform


def main():
    parser = Transform({
        'readableObjectMode': True,
        'transform': lambda chunk, encoding, callback: callback(None, {'len': len(chunk), 'text': chunk.decode()}),
    })
    log('parser modes', parser.readableObjectMode, parser.writableObjectMode, parser.readableHighWaterMark,
        parser.writableHighWaterMark)
    parser.on('data', lambda o: log('parsed', o))
    parser.write(b'abc')
    parser.end(b'de')
    serializer = Transform({
        'writableObjectMode': True,
        'transform': lambda chunk, encoding, callback: callback(None, json.dumps(chunk, separators=(',', ':'))),
    })
    log('serializer modes', serializer.readableObjectMode, serializer.writableObjectMode)
    serializer.on('data', lambda c: log('serialized', isinstance(c, bytes), c.decode()))
    serializer.write({'x': 1})
    serializer.end([2])
    doubler = Transform({'objectMode': True, 'transform': lambda n, encoding, callback: callback(None, n * 2)})
    out = []
    doubler.on('data', lambda n: out.append(n))
    doubler.on('end', lambda: log('doubled', out))
    for n in [1, 2, 3]:
        doubler.write(n)
    doubler.end()


process.run(main)
