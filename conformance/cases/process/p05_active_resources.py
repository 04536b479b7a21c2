# process.getActiveResourcesInfo(): ref'd timers ('Timeout'), immediates, servers ('TCPServerWrap') and sockets ('TCPSocketWrap'); unref'd ones left out (stdio pipes and pending requests filtered: they differ by how the case is run)
from conformance.trace import log
from node_http_agent import net, process, timers


def show(what):
    log(what, [r for r in process.getActiveResourcesInfo()
               if r in ('Timeout', 'Immediate', 'TCPServerWrap', 'TCPSocketWrap')])


def main():
    show('start')
    t = timers.setTimeout(lambda: None, 1000)
    timers.setTimeout(lambda: None, 1000).unref()
    show('timers')
    server = net.createServer(lambda conn: conn.end())

    def onlisten():
        show('listening')

        def onconnect():
            def later():
                show('connected')
                client.unref()
                show('client unref')
                server.unref()
                show('server unref')
                timers.clearTimeout(t)
                show('timer cleared')
                client.destroy()
                server.close()
            timers.setTimeout(later, 20)
        client = net.connect(server.address()['port'], '127.0.0.1', onconnect)
    server.listen(0, '127.0.0.1', onlisten)
    process.on('exit', lambda *a: show('exit'))


process.run(main)
