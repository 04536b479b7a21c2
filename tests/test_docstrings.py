"""Every public name has a one-line summary: the API reference (mkdocs, docs/api/) is built
from these docstrings, so a name without one would be a bare signature there."""

from __future__ import annotations

import importlib
import inspect

import pytest

MODULES = ['events', 'stream', 'string_decoder', 'net', 'tls', 'http', 'https', 'url', 'fs',
           'dns', 'process', 'timers', 'diagnostics_channel', 'errors', 'abort', 'util']


def _public(module_name: str):
    """(qualified name, function or class) for each public name of the module and its classes."""
    module = importlib.import_module(f'node_http_agent.{module_name}')
    for name in module.__all__:
        obj = getattr(module, name, None)
        if inspect.ismodule(obj) or not (inspect.isclass(obj) or inspect.isfunction(obj)):
            continue
        if not getattr(obj, '__module__', '').startswith('node_http_agent'):
            continue
        yield f'{module_name}.{name}', obj
        if not inspect.isclass(obj) or issubclass(obj, BaseException):
            continue  # errors: the table's message is the documentation
        for attr, value in vars(obj).items():
            if attr.startswith('_'):
                continue
            func = value.fget if isinstance(value, property) else getattr(value, '__func__', value)
            if not inspect.isfunction(func):
                continue
            if func.__name__ != attr and hasattr(obj, func.__name__):
                continue  # an alias (on = addListener): documented under its own name
            yield f'{module_name}.{name}.{attr}', func


@pytest.mark.parametrize('module_name', MODULES)
def test_every_public_name_has_a_summary(module_name):
    missing = [qualified for qualified, obj in _public(module_name)
               if not (obj.__doc__ or '').strip()]
    assert missing == []
