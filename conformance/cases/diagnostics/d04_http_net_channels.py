# diagnostics_channel: built-in http/net channels, their message keys and identities, interleaved with events; a reused socket publishes no net.client.socket
from conformance.trace import log
from node_http_agent import diagnostics_channel as dc
from node_http_agent import http, process

names = ['net.client.socket', 'net.server.socket', 'http.client.request.start',
         'http.client.request.error', 'http.client.response.finish', 'http.server.request.start',
         'http.server.response.finish']
seen = {}


def subscriber(msg, name):
    log('dc', name, list(msg.keys()))
    seen[name] = msg


for n in names:
    dc.subscribe(n, subscriber)


def main():
    agent = http.Agent({'keepAlive': True, 'maxSockets': 1})

    def onrequest(req, res):
        log('server request', req.url)
        m = seen['http.server.request.start']
        log('server start identity', m['request'] is req, m['response'] is res,
            m['socket'] is req.socket, m['server'] is server)
        res.on('finish', lambda: log('res finish'))
        res.end('ok')
    server = http.createServer(onrequest)
    server.on('connection', lambda *a: log('connection'))

    def onlistening():
        port = server.address()['port']
        done = [0]
        for path in ['/a', '/b']:
            def onresponse(res, path=path):
                log('response', path, res.statusCode)
                m = seen['http.client.response.finish']
                log('client finish identity', m['request'] is reqs[path], m['response'] is res)
                res.resume()

                def onend():
                    done[0] += 1
                    if done[0] == 2:
                        agent.destroy()
                        server.close()
                res.on('end', onend)
            req = http.get({'port': port, 'host': '127.0.0.1', 'path': path, 'agent': agent},
                           onresponse)
            reqs[path] = req
            req.on('socket', lambda *a, path=path: log('socket', path))
            req.on('finish', lambda path=path, req=req: log(
                'req finish', path, seen['http.client.request.start']['request'] is req))
    reqs = {}
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
