# issue 12 item 4: fs.createReadStream start/end ranges (inclusive end, start past EOF, end only, start only) with small highWaterMark
import math

from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f02.tmp'
    fs.writeFileSync(p, 'abcdefghijklmnopqrstuvwxyz')
    ranges = [
        {'start': 2, 'end': 13, 'highWaterMark': 5},
        {'start': 0, 'end': 0},
        {'end': 3},
        {'start': 20},
        {'start': 30},
        {'start': 5, 'end': 5, 'highWaterMark': 1},
        {'start': 10, 'end': 100, 'highWaterMark': 7},
    ]

    def next_(i):
        if i == len(ranges):
            fs.unlinkSync(p)
            log('done')
            return
        r = fs.createReadStream(p, ranges[i])
        chunks = []
        log('range', i, r.start, 'Infinity' if r.end == math.inf else r.end, r.pos)
        r.on('data', lambda c: chunks.append(c.decode()))
        r.on('end', lambda: log('end', i, chunks, r.bytesRead, r.pos))
        r.on('close', lambda: next_(i + 1))
    next_(0)


process.run(main)
