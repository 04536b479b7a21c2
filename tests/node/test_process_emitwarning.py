"""Port of Node's test/parallel/test-process-emitwarning.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-process-emitwarning.js
(``--no-warnings`` becomes ``NODE_NO_WARNINGS=1``. The two ``toString`` cases have no
Python twin: ``str()`` of an exception does not go through an overridable
``toString``.)
"""

import re

import pytest

from node_http_agent import process
from node_http_agent.util import UNDEFINED

testMsg = 'A Warning'
testCode = 'CODE001'
testDetail = 'Some detail'
testType = 'CustomWarning'


class CustomWarning(Exception):
    def __init__(self):
        super().__init__(testMsg)
        self.name = testType
        self.code = testCode


def test_process_emitwarning(common, run, monkeypatch):
    monkeypatch.setenv('NODE_NO_WARNINGS', '1')

    def onwarning(warning):
        assert warning
        assert re.match(r'^(?:Warning|CustomWarning)', warning.name)
        assert str(warning) == testMsg
        if getattr(warning, 'code', None):
            assert warning.code == testCode
        if getattr(warning, 'detail', None):
            assert warning.detail == testDetail

    def main():
        process.on('warning', common.mustCall(onwarning, 13))
        for args in [
            [testMsg],
            [testMsg, testType],
            [testMsg, CustomWarning],
            [testMsg, testType, CustomWarning],
            [testMsg, testType, testCode],
            [testMsg, {'type': testType}],
            [testMsg, {'type': testType, 'code': testCode}],
            [testMsg, {'type': testType, 'code': testCode, 'detail': testDetail}],
            [CustomWarning()],
            # Detail will be ignored for the following. No errors thrown
            [testMsg, {'type': testType, 'code': testCode, 'detail': True}],
            [testMsg, {'type': testType, 'code': testCode, 'detail': []}],
            [testMsg, {'type': testType, 'code': testCode, 'detail': None}],
            [testMsg, {'type': testType, 'code': testCode, 'detail': 1}],
        ]:
            process.emitWarning(*args)

        # TypeError is thrown on invalid input
        for args in [
            [1],
            [{}],
            [True],
            [[]],
            ['', '', {}],
            ['', 1],
            ['', '', 1],
            ['', True],
            ['', '', True],
            ['', []],
            ['', '', []],
            [],
            [UNDEFINED, 'foo', 'bar'],
            [UNDEFINED],
        ]:
            with pytest.raises(TypeError) as info:
                process.emitWarning(*args)
            assert info.value.code == 'ERR_INVALID_ARG_TYPE'
    run(main)
