"""maxQueuedRequests and queueTimeout: a slow server cannot pile up waiting requests.

With ``maxSockets: 2`` the agent queues what it cannot send. A request beyond
``maxQueuedRequests`` fails at once with ``ERR_AGENT_QUEUE_FULL``; one that
waits longer than ``queueTimeout`` ms fails with ``ERR_AGENT_QUEUE_TIMEOUT``.
Node queues without limit and without a deadline.

    python examples/ext_queue_limits.py
"""

from collections import Counter

from node_http_agent import http, process
from node_http_agent.timers import setTimeout


def main():
    server = http.createServer(lambda req, res: setTimeout(lambda: res.end('slow'), 200))
    agent = http.Agent({'keepAlive': True, 'maxSockets': 2,
                        'maxQueuedRequests': 3, 'queueTimeout': 100})
    outcomes = Counter()
    left = [8]

    def finished():
        left[0] -= 1
        if left[0] == 0:
            print('outcomes:', dict(outcomes))
            print('pool after:', agent.getCurrentStatus()['requests'], 'queued')
            agent.destroy()
            server.close()

    def listening():
        for i in range(8):
            req = http.get({'host': '127.0.0.1', 'port': server.address()['port'],
                            'path': f'/{i}', 'agent': agent})
            req.on('response', lambda res: (outcomes.update(['200']), res.resume()))
            req.on('error', lambda err: outcomes.update([err.code]))
            req.on('close', finished)
        print('right after sending 8: queued', sum(len(q) for q in agent.requests.values()))
    server.listen(0, '127.0.0.1', listening)


process.run(main)
