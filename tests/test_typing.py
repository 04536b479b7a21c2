"""A user's program type-checks against the installed package (py.typed, the option TypedDicts).

Runs mypy (the ``[lint]`` extra) in a subprocess on a small program written from the README's
calls, from a directory outside the checkout: the package must be found as a user finds it
after ``pip install -e '.[test,fast]'`` (no ``import-not-found``), the README's calls must pass,
and a wrong option type must be reported (the TypedDicts are seen).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

pytest.importorskip('mypy', reason="mypy is in the [lint] extra")

USER_PROGRAM = textwrap.dedent('''
    from node_http_agent import events, http, https, net, process, tls

    def main() -> None:
        agent = http.Agent({'keepAlive': True, 'maxSockets': 4})
        def on_response(res: http.IncomingMessage) -> None:
            res.setEncoding('utf8')
            res.on('data', lambda chunk: print('body:', chunk))
            res.on('end', lambda: print('reused socket:', req.reusedSocket))
        req = http.get('http://127.0.0.1:8080/', {'agent': agent}, on_response)
        req.on('error', lambda err: print(err.code, err))

    async def amain() -> None:
        req = http.get('http://127.0.0.1:8080/')
        [res] = await events.once(req, 'response')
        async for chunk in res:
            print(chunk)

    def others() -> None:
        opts: http.AgentOptions = {'keepAlive': True, 'maxSockets': 4, 'scheduling': 'fifo'}
        http.Agent(opts)
        http.Agent(keepAlive=True)
        http.Agent({'keepAlive': True, 'anOptionOfMine': 1})
        req = http.request({'host': '127.0.0.1', 'port': 8080, 'method': 'POST',
                            'headers': {'content-type': 'text/plain'}})
        req.end(b'hello')
        server = http.createServer({'keepAliveTimeout': 1000}, lambda req, res: res.end('ok'))
        server.listen(0, '127.0.0.1')
        https.request('https://127.0.0.1:8443/', {'rejectUnauthorized': False}).end()
        https.Agent({'keepAlive': True, 'maxCachedSessions': 10})
        net.connect({'port': 8080, 'host': '127.0.0.1'}).end()
        net.createConnection(8080, '127.0.0.1', lambda: None)
        tls.connect({'port': 8443, 'host': '127.0.0.1', 'rejectUnauthorized': False})
        ropts: http.RequestOptions = {'method': 'GET', 'path': '/', 'timeout': 1000}
        http.get(ropts)

    process.run(main)
    process.run(amain)
''')

WRONG_OPTION = textwrap.dedent('''
    from node_http_agent import http

    opts: http.AgentOptions = {'keepAlive': 'yes'}
''')


def _mypy(tmp_path, source: str) -> subprocess.CompletedProcess[str]:
    program = tmp_path / 'user_program.py'
    program.write_text(source)
    return subprocess.run(
        [sys.executable, '-m', 'mypy', '--no-incremental', '--cache-dir', str(tmp_path / 'cache'),
         '--check-untyped-defs', '--warn-unused-ignores', str(program)],
        cwd=tmp_path, capture_output=True, text=True, timeout=300)


def test_readme_program_type_checks(tmp_path):
    done = _mypy(tmp_path, USER_PROGRAM)
    assert done.returncode == 0, done.stdout + done.stderr
    assert 'Success: no issues found' in done.stdout


def test_wrong_option_type_is_reported(tmp_path):
    done = _mypy(tmp_path, WRONG_OPTION)
    assert done.returncode == 1, done.stdout + done.stderr
    assert 'import-not-found' not in done.stdout
    assert 'TypedDict item "keepAlive" has type "bool"' in done.stdout, done.stdout
