# An unsolicited response on an idle keep-alive socket: read and dropped while the socket is free (flowing, no 'data' listener); handed to the next request when it was written in the same turn that request takes the socket (no pause is involved)
# conformance: agent
import json

from conformance.trace import log
from node_http_agent import http, net, process, timers

OK = b'HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok'
EXTRA = b'HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nextra'


def main():
    state = {'conn': None, 'served': 0, 'socket': None}

    def onconnection(c):
        state['conn'] = c

        def ondata(d):
            state['served'] += 1
            if state['served'] != 2:
                c.write(OK)  # the second request is answered by the unsolicited bytes
        c.on('data', ondata)
    server = net.createServer(onconnection)

    def onlistening():
        agent = http.Agent({'keepAlive': True, 'maxSockets': 1})
        port = server.address()['port']

        def get(i, next):
            def onresponse(res):
                body = []
                res.setEncoding('latin1')
                res.on('data', body.append)
                res.on('end', lambda: log(i, 'response', res.statusCode, json.dumps(''.join(body)), 'reusedSocket', req.reusedSocket))
            req = http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
            req.on('socket', lambda s: state.update(socket=s))
            req.on('error', lambda e: log(i, 'error', e.code))
            req.on('close', lambda: timers.setTimeout(next, 20))

        def idle():
            socket = state['socket']
            log('idle: data listeners', socket.listenerCount('data'), 'flowing', socket.readableFlowing, 'bytesRead', socket.bytesRead)

        def after1():
            idle()
            state['conn'].write(EXTRA)  # arrives while the socket is free in the pool

            def later():
                idle()
                state['conn'].write(EXTRA)  # written in the same turn as the next request takes the socket

                def after2():
                    idle()

                    def after3():
                        log('free sockets', len(agent.freeSockets), 'server requests', state['served'])
                        agent.destroy()
                        server.close()
                    get(3, after3)
                get(2, after2)
            timers.setTimeout(later, 50)
        get(1, after1)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
