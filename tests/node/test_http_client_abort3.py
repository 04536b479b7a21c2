"""Port of Node's test/parallel/test-http-client-abort3.js.

https://github.com/nodejs/node/blob/v20.x/test/parallel/test-http-client-abort3.js
A request aborted before it has a socket, whose socket then errors: the error
reaches the request's 'error', not the process.
"""

from node_http_agent import http, net
from node_http_agent.process import nextTick


def createConnection(*args):
    socket = net.Socket()

    def destroy():
        socket.destroy(Exception('Oops'))
    nextTick(destroy)
    return socket


def test_create_connection_option(common, run):
    def main():
        req = http.get({'createConnection': createConnection})
        req.on('error', common.expectsError({'type': Exception, 'message': 'Oops'}))
        req.abort()
    run(main)


def test_custom_agent(common, run):
    class CustomAgent(http.Agent):
        pass
    CustomAgent.createConnection = createConnection

    def main():
        req = http.get({'agent': CustomAgent()})
        req.on('error', common.expectsError({'type': Exception, 'message': 'Oops'}))
        req.abort()
    run(main)
