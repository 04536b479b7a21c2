"""getName() for per-tenant pools: one origin, separate keep-alive pools per tenant.

The agent's pool key is ``getName(options)``. Adding the tenant to it keeps
each tenant's connections apart (no connection carries two tenants' traffic)
while ``maxSockets`` applies per tenant. The tenant travels as a request
option, which Node (and this port) passes through to the agent untouched.

    python examples/tenant_pools.py
"""

import asyncio

from node_http_agent import events, http, process


class TenantAgent(http.Agent):
    def getName(self, options=None):
        name = super().getName(options)
        tenant = (options or {}).get('tenant')
        return f'{name}:tenant={tenant}' if tenant else name


def fetch(agent, port, tenant, i):
    req = http.get({'host': '127.0.0.1', 'port': port, 'path': f'/{tenant}/{i}',
                    'agent': agent, 'tenant': tenant})

    async def done():
        [res] = await events.once(req, 'response')
        return b''.join([chunk async for chunk in res]).decode()
    return done()


async def main():
    server = http.createServer(
        lambda req, res: res.end(f'{req.url} via port {req.socket.remotePort}'))
    server.listen(0, '127.0.0.1')
    await events.once(server, 'listening')
    port = server.address()['port']
    agent = TenantAgent({'keepAlive': True, 'maxSockets': 2})

    pending = [fetch(agent, port, tenant, i) for tenant in ('acme', 'globex') for i in range(5)]
    print('pools while requests are in flight (active sockets / queued requests):')
    for name in agent.sockets:
        print(f'  {name.replace(str(port), "PORT")}: {len(agent.sockets[name])} active, '
              f'{len(agent.requests.get(name, []))} queued')
    bodies = await asyncio.gather(*pending)
    client_ports = {}
    for body in bodies:
        path, _, client_port = body.partition(' via port ')
        client_ports.setdefault(path.split('/')[1], set()).add(client_port)
    for tenant, ports in client_ports.items():
        print(f'tenant {tenant}: 5 requests over {len(ports)} connection(s)')
    shared = client_ports['acme'] & client_ports['globex']
    print(f'connections shared between tenants: {len(shared)}')
    agent.destroy()
    server.close()


if __name__ == '__main__':
    process.run(main)
