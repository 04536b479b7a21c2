# issue 12 item 4: createReadStream/createWriteStream/readFileSync/writeFileSync argument errors thrown synchronously (code, class, message) and bad flags/mode emitted as 'error'
from conformance.trace import log
from node_http_agent import fs, process


def t(name, f):
    try:
        f()
        log(name, 'no throw')
    except Exception as e:
        log(name, e.code, isinstance(e, TypeError), isinstance(e, ValueError), str(e))


def main():
    t('path number', lambda: fs.createReadStream(5))
    t('path null', lambda: fs.createWriteStream(None))
    t('path nul byte', lambda: fs.createReadStream('a\0b'))
    t('options number', lambda: fs.createReadStream('x', 5))
    t('options bad encoding string', lambda: fs.createReadStream('x', 'bogus'))
    t('bad encoding', lambda: fs.createWriteStream('x', {'encoding': 'bogus'}))
    t('start negative', lambda: fs.createReadStream('x', {'start': -1}))
    t('start float', lambda: fs.createReadStream('x', {'start': 1.5}))
    t('start string', lambda: fs.createReadStream('x', {'start': '1'}))
    t('start > end', lambda: fs.createReadStream('x', {'start': 5, 'end': 2}))
    t('end negative', lambda: fs.createReadStream('x', {'end': -2}))
    t('fd negative', lambda: fs.createReadStream('x', {'fd': -1}))
    t('fd string', lambda: fs.createReadStream('x', {'fd': 'x'}))
    t('fd float', lambda: fs.createWriteStream('x', {'fd': 1.5}))
    t('write start negative', lambda: fs.createWriteStream('x', {'start': -1}))
    t('flush number', lambda: fs.createWriteStream('x', {'flush': 1}))
    t('hwm negative', lambda: fs.createReadStream('x', {'highWaterMark': -1}))
    t('writeFileSync data', lambda: fs.writeFileSync('x', 5))
    t('readFileSync bad flag', lambda: fs.readFileSync('x', {'flag': 'zz'}))
    s = fs.createReadStream('f09-none.tmp', {'flags': 'bogus'})

    def onerror(e):
        log('flags error', e.code, str(e))
        s2 = fs.createWriteStream('f09-none.tmp', {'mode': 'bogus'})
        s2.on('error', lambda e2: log('mode error', e2.code, str(e2), fs.existsSync('f09-none.tmp')))
    s.on('error', onerror)


process.run(main)
