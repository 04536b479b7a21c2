# issue 12 item 4: WriteStream start with flags 'r+' (write in place), flags 'a' (append), 'wx' on an existing file (EEXIST), ReadStream over an fd from another stream's 'open' (autoClose false, no 'open' event, path undefined)
from conformance.trace import log
from node_http_agent import fs, process


def main():
    p = 'f10.tmp'
    fs.writeFileSync(p, '0123456789')
    w = fs.createWriteStream(p, {'flags': 'r+', 'start': 3})
    w.end('abc')

    def onwclose():
        log('r+ start 3', fs.readFileSync(p, 'utf8'), w.pos, w.start)
        a = fs.createWriteStream(p, {'flags': 'a'})
        a.write('X')
        a.end('YZ')

        def onaclose():
            log('append', fs.readFileSync(p, 'utf8'), a.bytesWritten, a.pos)
            x = fs.createWriteStream(p, {'flags': 'wx'})
            x.on('error', lambda e: log('wx error', e.code, e.syscall, str(e)))

            def onxclose():
                holder = fs.createReadStream(p, {'autoClose': False})

                def onopen(fd):
                    r = fs.createReadStream(None, {'fd': fd, 'start': 2, 'end': 5,
                                                   'autoClose': False})
                    log('fd stream', r.path, r.pending, r.flags, r.autoClose)
                    r.on('open', lambda *_: log('fd stream open (unexpected)'))
                    r.on('data', lambda c: log('fd data', c.decode()))
                    r.on('end', lambda: log('fd end', r.fd == fd, r.destroyed))
                    r.on('close', lambda: log('fd close (unexpected)'))

                    def onend():
                        def closed(err=None, *_):
                            log('holder closed', err and err.code, holder.fd, holder.destroyed)
                            fs.unlinkSync(p)
                        holder.close(closed)
                    r.on('end', onend)
                holder.on('open', onopen)
            x.on('close', onxclose)
        a.on('close', onaclose)
    w.on('close', onwclose)


process.run(main)
