# catalogue 12 - test-http-agent-keepalive-delay.js: createConnection gets keepAlive: true and keepAliveInitialDelay === agent.keepAliveMsecs when keepAlive is on (probe p13)
# conformance: agent
from conformance.trace import log
from node_http_agent import http, process, timers


class SpyAgent(http.Agent):
    def createConnection(self, options, cb=None):
        log('createConnection keepAlive', options.get('keepAlive'), 'keepAliveInitialDelay', options.get('keepAliveInitialDelay'),
            'has keepAliveInitialDelay', 'keepAliveInitialDelay' in options)
        return super().createConnection(options, cb)


def main():
    server = http.createServer(lambda req, res: res.end('ok'))

    def onlistening():
        port = server.address()['port']
        configs = [
            ['{keepAlive:true,keepAliveMsecs:2500}', {'keepAlive': True, 'keepAliveMsecs': 2500}],
            ['{keepAlive:true}', {'keepAlive': True}],
            ['{}', {}],
            ['{keepAliveMsecs:2500}', {'keepAliveMsecs': 2500}],
        ]

        def next(i):
            if i == len(configs):
                server.close()
                return
            label, opts = configs[i]
            agent = SpyAgent(opts)
            log(label, 'agent.keepAliveMsecs', agent.keepAliveMsecs)

            def onresponse(res):
                res.resume()

                def onend():
                    agent.destroy()
                    timers.setImmediate(next, i + 1)
                res.on('end', onend)
            http.get({'host': '127.0.0.1', 'port': port, 'agent': agent}, onresponse)
        next(0)
    server.listen(0, '127.0.0.1', onlistening)


process.run(main)
