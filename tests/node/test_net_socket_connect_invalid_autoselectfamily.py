"""Ports of Node's test/parallel/test-net-socket-connect-invalid-autoselectfamily.js and
test-net-socket-connect-invalid-autoselectfamilyattempttimeout.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-socket-connect-invalid-autoselectfamily.js
https://github.com/nodejs/node/blob/v20.x/test/parallel/test-net-socket-connect-invalid-autoselectfamilyattempttimeout.js
"""

import pytest

from node_http_agent import net


def test_invalid_autoselectfamily(run):
    def main():
        with pytest.raises(TypeError) as info:
            net.connect({'port': 8080, 'autoSelectFamily': 'INVALID'})
        assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    run(main)


def test_invalid_autoselectfamilyattempttimeout(run):
    def main():
        for autoSelectFamilyAttemptTimeout in [-10, 0]:
            with pytest.raises(ValueError) as info:
                net.connect({'port': 8080, 'autoSelectFamily': True,
                             'autoSelectFamilyAttemptTimeout': autoSelectFamilyAttemptTimeout})
            assert info.value.code == 'ERR_OUT_OF_RANGE'
            with pytest.raises(ValueError) as info:
                net.setDefaultAutoSelectFamilyAttemptTimeout(autoSelectFamilyAttemptTimeout)
            assert info.value.code == 'ERR_OUT_OF_RANGE'
        try:
            for autoSelectFamilyAttemptTimeout in [1, 9]:
                net.setDefaultAutoSelectFamilyAttemptTimeout(autoSelectFamilyAttemptTimeout)
                assert net.getDefaultAutoSelectFamilyAttemptTimeout() == 10
        finally:
            net.setDefaultAutoSelectFamilyAttemptTimeout(250)
    run(main)
