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
