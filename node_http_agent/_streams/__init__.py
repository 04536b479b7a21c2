"""The stream machinery: Node's ``lib/internal/streams/*.js``, one module per file.

The public face is :mod:`node_http_agent.stream` (Node's ``lib/stream.js``);
these modules hold the work, each named after its Node twin (``state.js`` ->
``state.py``, ``end-of-stream.js`` -> ``end_of_stream.py``, ``from.js`` ->
``from_.py``), with Node's function names in Node's order.
"""
