"""PyInstaller runtime hook: stand-ins for the HTTPS classes of a Python without ssl.

The bundle leaves out ``ssl`` (and with it OpenSSL, 5.6 MB): Pinscribe is offline and
opens no connection. Without ssl, ``urllib.request.HTTPSHandler`` and
``http.client.HTTPSConnection`` do not exist, but fpdf2 subclasses both when it is
imported (for images given by URL, which Pinscribe never passes). These stand-ins let
it import; opening an https address with them fails with a clear ``URLError``.
"""

import http.client
import urllib.error
import urllib.request

_MESSAGE = "Pinscribe's bundle opens no https connections (it has no TLS)"

if not hasattr(http.client, "HTTPSConnection"):

    class HTTPSConnection(http.client.HTTPConnection):
        """Refuses to connect."""

        default_port = http.client.HTTPS_PORT

        def connect(self) -> None:
            raise urllib.error.URLError(_MESSAGE)

    http.client.HTTPSConnection = HTTPSConnection  # type: ignore[misc]

if not hasattr(urllib.request, "HTTPSHandler"):

    class HTTPSHandler(urllib.request.AbstractHTTPHandler):
        """Refuses https addresses."""

        def __init__(self, debuglevel: int = 0, context: object = None,
                     check_hostname: bool | None = None) -> None:
            super().__init__(debuglevel)

        def https_open(self, req: urllib.request.Request) -> None:
            raise urllib.error.URLError(_MESSAGE)

        https_request = urllib.request.AbstractHTTPHandler.do_request_

    urllib.request.HTTPSHandler = HTTPSHandler  # type: ignore[misc]
