# issue 12 item 4: fs.createReadStream with an encoding (string option and options.encoding), multi-byte UTF-8 split across highWaterMark chunks, setEncoding, hex/base64
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f03.tmp'
    fs.writeFileSync(p, 'aé€😀b' * 3)
    cases = [
        ['utf8', {'encoding': 'utf8', 'highWaterMark': 3}],
        ['string opt', 'utf8'],
        ['hex', {'encoding': 'hex', 'highWaterMark': 5}],
        ['base64', {'encoding': 'base64', 'highWaterMark': 4}],
        ['latin1', {'encoding': 'latin1', 'end': 6}],
        ['setEncoding', {'highWaterMark': 2}],
    ]

    def next_(i):
        if i == len(cases):
            log('readFileSync', len(fs.readFileSync(p, 'utf8').encode('utf-16-le')) // 2,
                len(fs.readFileSync(p)), fs.readFileSync(p, {'encoding': 'base64'}))
            fs.unlinkSync(p)
            return
        name, opts = cases[i]
        r = fs.createReadStream(p, opts)
        if name == 'setEncoding':
            r.setEncoding('utf8')
        chunks = []
        r.on('data', lambda c: chunks.append(c))

        def onclose():
            log(name, r.readableEncoding, chunks)
            next_(i + 1)
        r.on('close', onclose)
    next_(0)


process.run(main)
