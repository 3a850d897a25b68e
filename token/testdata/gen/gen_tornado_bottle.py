#!/usr/bin/python3
"""Tornado and Bottle signed-cookie fixtures, made by the real libraries (Debian's python3-tornado,
python3-bottle), each through the framework's own response object.

Prints a JSON array of fixtures on stdout. Run with Debian's /usr/bin/python3.
"""
import json
import secrets

import bottle
import tornado
import tornado.web
from tornado.httputil import HTTPHeaders, HTTPServerRequest

STRONG = secrets.token_hex(32)
TORNADO_DOCS = "__TODO:_GENERATE_YOUR_OWN_RANDOM_VALUE_HERE__"
BOTTLE_DOCS = "some-secret-key"
out = []


def add(name, value, fmt, secret, source, keys=(), signed=True, readable=True, encrypted=False):
    out.append({"name": name, "value": value, "siblings": {}, "format": fmt,
                "signed": signed, "readable": readable, "encrypted": encrypted,
                "keys": sorted(keys), "secret": secret, "source": source})


class _Connection:
    def set_close_callback(self, _):
        pass


def tornado_cookie(secret, name, value, version):
    """Calls RequestHandler.set_secure_cookie (set_signed_cookie since Tornado 6.3) in a real Tornado application and returns the Set-Cookie value."""
    app = tornado.web.Application(cookie_secret=secret)
    req = HTTPServerRequest(method="GET", uri="/", headers=HTTPHeaders(), connection=_Connection())
    handler = tornado.web.RequestHandler(app, req)
    handler.set_secure_cookie(name, value, expires_days=30, version=version)
    morsel = handler._new_cookie[name]
    return morsel.coded_value


for secret, label in ((TORNADO_DOCS, TORNADO_DOCS), ("secret", "secret"), (STRONG, None)):
    for version in (2, 1):
        v = tornado_cookie(secret, "user", "alice", version)
        add("user", v, "tornado-signed", label,
            f"generated with Tornado {tornado.version}: Application(cookie_secret={label or '<random 32 bytes hex>'!r}); "
            f"RequestHandler.set_secure_cookie('user', 'alice', expires_days=30, version={version}); Set-Cookie value")


def bottle_cookie(secret, name, value):
    """Calls Response.set_cookie with a secret in Bottle and returns the Set-Cookie value."""
    resp = bottle.BaseResponse()
    resp.set_cookie(name, value, secret=secret)
    header = [v for k, v in resp.headerlist if k == "Set-Cookie"][0]
    return header.split(";", 1)[0].split("=", 1)[1]


for secret, label in ((BOTTLE_DOCS, BOTTLE_DOCS), ("secret", "secret"), (STRONG, None)):
    v = bottle_cookie(secret, "account", "alice")
    add("account", v, "bottle-signed", label,
        f"generated with Bottle {bottle.__version__}: response.set_cookie('account', 'alice', secret={label or '<random 32 bytes hex>'!r}); Set-Cookie value",
        readable=False)

print(json.dumps(out, indent=1))
