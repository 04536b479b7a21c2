"""Port of Node's test/parallel/test-dns-lookup.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-dns-lookup.js

The mirror holds Node 25's version, where a falsy hostname is an
ERR_INVALID_ARG_VALUE; Node 20 accepts it (DEP0118 warning, answers null), so
those two checks follow Node 20. The ENOMEM stub of cares.getaddrinfo becomes
a getaddrinfo(3) that fails with ENOMEM.
"""

import errno
import socket
import warnings

import pytest

from node_http_agent import dns

dnsPromises = dns.promises


def throws(fn, code, name=None, message=None):
    with pytest.raises(Exception) as info:
        fn()
    assert info.value.code == code
    if name is not None:
        assert info.value.name == name
    if message is not None:
        assert str(info.value) == message if isinstance(message, str) else message(str(info.value))


def noop(*args):
    pass


def test_argument_validation(common):
    message = 'The "hostname" argument must be of type string. Received type number (1)'
    throws(lambda: dns.lookup(1, {}), 'ERR_INVALID_ARG_TYPE', 'TypeError', message)
    throws(lambda: dnsPromises.lookup(1, {}), 'ERR_INVALID_ARG_TYPE', 'TypeError', message)
    throws(lambda: dns.lookup(False, 'cb'), 'ERR_INVALID_ARG_TYPE', 'TypeError')
    throws(lambda: dns.lookup(False, 'options', 'cb'), 'ERR_INVALID_ARG_TYPE', 'TypeError')

    options = {'hints': 100, 'family': 0, 'all': False}
    message = "The argument 'hints' is invalid. Received 100"
    throws(lambda: dnsPromises.lookup(False, options), 'ERR_INVALID_ARG_VALUE', 'TypeError', message)
    throws(lambda: dns.lookup(False, options, common.mustNotCall()), 'ERR_INVALID_ARG_VALUE',
           'TypeError', message)

    family = 20
    options = {'hints': 0, 'family': family, 'all': False}
    message = f"The property 'options.family' must be one of: 0, 4, 6. Received {family}"
    throws(lambda: dnsPromises.lookup(False, options), 'ERR_INVALID_ARG_VALUE', 'TypeError', message)
    throws(lambda: dns.lookup(False, options, common.mustNotCall()), 'ERR_INVALID_ARG_VALUE',
           'TypeError', message)

    for family in [1, '', '0', object(), True, False, {}, [], lambda: None]:
        options = {'family': family}
        throws(lambda: dnsPromises.lookup(False, options), 'ERR_INVALID_ARG_VALUE')
        throws(lambda: dns.lookup(False, options, common.mustNotCall()), 'ERR_INVALID_ARG_VALUE')

    for family in ['', '0', object(), True, False]:
        throws(lambda: dnsPromises.lookup(False, family), 'ERR_INVALID_ARG_TYPE')
        throws(lambda: dns.lookup(False, family, common.mustNotCall()), 'ERR_INVALID_ARG_TYPE')

    throws(lambda: dnsPromises.lookup(False, lambda: None), 'ERR_INVALID_ARG_TYPE')

    for hints in ['', '0', object(), True, False, {}, [], lambda: None]:
        options = {'hints': hints}
        throws(lambda: dnsPromises.lookup(False, options), 'ERR_INVALID_ARG_TYPE')
        throws(lambda: dns.lookup(False, options, common.mustNotCall()), 'ERR_INVALID_ARG_TYPE')

    for key, code in (('all', 'ERR_INVALID_ARG_TYPE'), ('verbatim', 'ERR_INVALID_ARG_TYPE'),
                      ('order', 'ERR_INVALID_ARG_VALUE')):
        for value in [0, 1, '', '0', object(), {}, [], lambda: None]:
            options = {key: value}
            throws(lambda: dnsPromises.lookup(False, options), code)
            throws(lambda: dns.lookup(False, options, common.mustNotCall()), code)


def test_results(common, run):
    async def main():
        # Node 20: a falsy hostname is deprecated (DEP0118), not rejected.
        with warnings.catch_warnings():
            warnings.simplefilter('ignore', DeprecationWarning)
            res = await dnsPromises.lookup(False, {'hints': 0, 'family': 0, 'all': True})
            assert res == []
            dns.lookup(False, {'hints': 0, 'family': 0, 'all': True},
                       common.mustSucceed(lambda result: result == [] or pytest.fail(result)))
        res = await dnsPromises.lookup('127.0.0.1', {'hints': 0, 'family': 4, 'all': True})
        assert res == [{'address': '127.0.0.1', 'family': 4}]
        res = await dnsPromises.lookup('127.0.0.1', {'hints': 0, 'family': 4, 'all': False})
        assert res == {'address': '127.0.0.1', 'family': 4}

        def all_result(result, addressType=None):
            assert result == [{'address': '127.0.0.1', 'family': 4}]
            assert addressType is None
        dns.lookup('127.0.0.1', {'hints': 0, 'family': 4, 'all': True},
                   common.mustSucceed(all_result))

        def one_result(result, addressType):
            assert result == '127.0.0.1'
            assert addressType == 4
        dns.lookup('127.0.0.1', {'hints': 0, 'family': 4, 'all': False},
                   common.mustSucceed(one_result))
    run(main)


def test_resolver_error_is_delivered_later(common, run, monkeypatch):
    monkeypatch.setenv('NODE_HTTP_AGENT_LOOP', 'asyncio')  # uvloop resolves in libuv
    def enomem(*args, **kwargs):
        raise OSError(errno.ENOMEM, 'Cannot allocate memory')
    monkeypatch.setattr(socket, 'getaddrinfo', enomem)

    async def main():
        tickValue = 0

        def onlookup(error, result=None, addressType=None):
            assert error
            assert tickValue == 1
            assert error.code == 'ENOMEM'
        dns.lookup('example.com', common.mustCall(onlookup))
        # Make sure that the error callback is called on next tick.
        tickValue = 1
        with pytest.raises(Exception) as info:
            await dnsPromises.lookup('example.com')
        assert info.value.code == 'ENOMEM'
        assert info.value.hostname == 'example.com'
    run(main)
