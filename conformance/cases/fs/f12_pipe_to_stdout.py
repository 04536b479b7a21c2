# issue 12 item 2: fs.createReadStream(p).pipe(process.stdout) twice: pipe() never ends stdout, the bytes interleave with log lines in program order, write callbacks run
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f12.tmp'
    fs.writeFileSync(p, 'line one\nline two\n')
    process.stdout.on('finish', lambda: log('stdout finish (unexpected)'))
    r = fs.createReadStream(p)
    r.pipe(process.stdout)
    r.on('end', lambda: log('r end', process.stdout.writableEnded, process.stdout.writable))

    def onclose():
        def written(*_):
            log('write cb')

            r2 = fs.createReadStream(p, {'start': 5})
            r2.pipe(process.stdout)

            def onclose2():
                log('second pipe done', process.stdout.writable, process.stdout.destroyed,
                    process.stdout.listenerCount('unpipe'))
                process.stdout.write('still open\n')
                fs.unlinkSync(p)
            r2.on('close', onclose2)
        process.stdout.write('written after the pipe\n', written)
    r.on('close', onclose)


process.run(main)
