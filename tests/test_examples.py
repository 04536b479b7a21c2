"""Every example runs and shows what it claims."""

import subprocess
import sys
from pathlib import Path

import pytest

EXAMPLES = Path(__file__).resolve().parent.parent / 'examples'


def run(name: str) -> str:
    return subprocess.run([sys.executable, str(EXAMPLES / name)], capture_output=True,
                          text=True, timeout=60, check=True).stdout


def test_keepalive_pool_reuses_four_connections():
    out = run('keepalive_pool.py')
    assert 'TCP connections the server accepted: 4' in out
    assert 'served from the idle pool (req.reusedSocket): 20 of 20' in out
    assert 'TCP connections the server accepted in total: 4' in out


def test_custom_agent_retires_connections():
    out = run('custom_agent.py')
    assert out.count('createConnection #') == 3
    assert out.count('retired after 3 requests') == 2
    assert out.count('keepSocketAlive hook called') == 2


def test_tenant_pools_do_not_share_connections():
    out = run('tenant_pools.py')
    assert 'tenant=acme: 2 active, 3 queued' in out
    assert 'connections shared between tenants: 0' in out


@pytest.mark.parametrize('name', ['request_basics.py'])
def test_request_basics(name):
    out = run(name)
    assert 'callback style: 200' in out and 'chunk: b\'echo: ping\'' in out
    assert 'refused: ECONNREFUSED connect True' in out


# -- the extensions of docs/extensions.md: one example each ------------------------------------

def test_ext_diagnostics_channel():
    out = run('ext_diagnostics_channel.py')
    assert out.count('net.client.socket: new socket') == 2
    assert 'http.client.request.start: GET /first' in out
    assert 'http.server.request.start: server got /second' in out
    assert out.count('http.client.response.finish: 200') == 2


def test_ext_keepalive_status():
    out = run('ext_keepalive_status.py')
    assert 'second request reused a socket: True' in out
    assert '"createSocketCount": 1' in out and '"requestCount": 2' in out
    assert 'statusChanged: True then False' in out
    assert 'after idling 300 ms: free sockets {} timeouts 1 closed 1' in out
    assert 'third request reused a socket: False' in out


def test_ext_retry_stale_socket():
    out = run('ext_retry_stale_socket.py')
    get, post = out.split('POST twice')
    assert 'GET: retry #1 after ECONNRESET' in get and get.count('GET: response 200') == 2
    assert 'error' not in get
    assert 'POST: error ECONNRESET' in post and 'retry' not in post


def test_ext_check_idle_socket():
    out = run('ext_check_idle_socket.py')
    node, ours = out.split('with checkIdleSocket:')
    assert 'second: error socket hang up, reusedSocket=True' in node
    assert 'second: 200, reusedSocket=False' in ours


def test_ext_queue_limits():
    out = run('ext_queue_limits.py')
    assert 'right after sending 8: queued 3' in out
    assert "outcomes: {'ERR_AGENT_QUEUE_FULL': 3, 'ERR_AGENT_QUEUE_TIMEOUT': 3, '200': 2}" in out


def test_ext_max_requests_per_socket():
    out = run('ext_max_requests_per_socket.py')
    assert 'connections used: 4' in out and 'sockets created: 4' in out


def test_ext_graceful_close():
    out = run('ext_graceful_close.py')
    assert '/queued: ERR_AGENT_CLOSED' in out and '/in-flight: response 200' in out
    assert 'agent closed; pool: {}' in out and 'server closed; listening: False' in out


def test_stream_download_pipes_response_to_file():
    out = run('stream_download.py')
    assert 'status: 200' in out
    assert 'saved bytes: 1238890' in out
    assert 'file matches the body: True' in out


def test_stream_pipeline_gunzip():
    out = run('stream_pipeline_gunzip.py')
    assert 'content-encoding: gzip' in out
    assert 'pipeline succeeded; text bytes written: 1008890' in out
    assert 'same text: True' in out


def test_custom_duplex_connection():
    out = run('custom_duplex_connection.py')
    assert 'request line seen by the Duplex: GET /greeting HTTP/1.1' in out
    assert 'status: 200 text/plain' in out
    assert 'body: you asked for /greeting' in out
    assert 'request closed' in out
