"""http.request as a Node user knows it: a callback, then await + async for.

    python examples/request_basics.py
"""

from node_http_agent import events, http, process


def callback_style(port, done):
    # Node: http.get({port, path: '/hello'}, (res) => { ... })
    def on_response(res):
        print('callback style:', res.statusCode, res.headers['content-type'])
        res.setEncoding('utf8')
        chunks = []
        res.on('data', chunks.append)
        res.on('end', lambda: (print('  body:', ''.join(chunks)), done()))

    req = http.get({'host': '127.0.0.1', 'port': port, 'path': '/hello'}, on_response)
    req.on('error', lambda err: print('  error:', err.code, err))


async def await_style(port):
    # Node: const [res] = await once(req, 'response'); for await (const chunk of res) ...
    req = http.request(f'http://127.0.0.1:{port}/echo', {'method': 'POST',
                                                         'headers': {'content-type': 'text/plain'}})
    req.end('ping')
    [res] = await events.once(req, 'response')
    print('await style:', res.statusCode, res.headers['content-type'])
    async for chunk in res:
        print('  chunk:', chunk)

    # Errors arrive as Node's errors, with .code: here ECONNREFUSED.
    bad = http.get({'host': '127.0.0.1', 'port': 1})
    try:
        await events.once(bad, 'response')
    except OSError as err:
        print('refused:', err.code, err.syscall, isinstance(err, ConnectionRefusedError))


async def main():
    def handler(req, res):
        if req.url == '/echo':
            res.setHeader('content-type', 'text/plain')
            req.on('data', lambda chunk: res.write(b'echo: ' + chunk))
            req.on('end', res.end)
        else:
            res.writeHead(200, {'content-type': 'text/plain; charset=utf-8'})
            res.end('hello from a Node-style server')

    server = http.createServer(handler)
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    port = server.address()['port']

    finished = events.once(server, 'callback-done')
    callback_style(port, lambda: server.emit('callback-done'))
    await finished
    await await_style(port)
    server.close()


if __name__ == '__main__':
    process.run(main)
