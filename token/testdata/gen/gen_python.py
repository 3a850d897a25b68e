#!/usr/bin/python3
"""Flask and Django cookie fixtures, made by the real libraries (Debian's python3-flask, python3-django).

Prints a JSON array of fixtures on stdout. Run with Debian's /usr/bin/python3.
"""
import datetime
import hashlib
import json
import secrets
import uuid

import django
import flask
import itsdangerous
from django.conf import settings

STRONG = secrets.token_hex(32)
out = []


def add(name, value, fmt, keys, secret, source, siblings=None, signed=True, readable=True, encrypted=False):
    out.append({"name": name, "value": value, "siblings": siblings or {}, "format": fmt,
                "signed": signed, "readable": readable, "encrypted": encrypted,
                "keys": sorted(keys), "secret": secret, "source": source})


def flask_cookie(secret, session_data, **config):
    """Sets session_data through a real Flask request and returns the Set-Cookie value of 'session'."""
    app = flask.Flask(__name__)
    app.secret_key = secret
    app.config.update(config)

    @app.route("/")
    def index():
        for k, v in session_data.items():
            flask.session[k] = v
        return "ok"

    resp = app.test_client().get("/")
    header = resp.headers["Set-Cookie"]
    return header.split(";", 1)[0].split("=", 1)[1]


FLASK = "generated with Flask %s / itsdangerous %s: " % (flask.__version__, itsdangerous.__version__)
for secret, label in (("dev", "dev"), ("secret", "secret"), (STRONG, None)):
    data = {"user": "alice", "role": "admin"}
    add("session", flask_cookie(secret, data), "flask", data, label,
        FLASK + "app.secret_key=%r; session.update(%r) in a request; Set-Cookie value" % (label or "<random 32 bytes hex>", data))
# Compressed payload (itsdangerous prefixes '.' when zlib makes it shorter) and tagged JSON values.
big = {"cart": ["item-%d" % i for i in range(40)], "email": "alice@example.com"}
add("session", flask_cookie("super secret key", big), "flask", big, "super secret key",
    FLASK + "app.secret_key='super secret key'; session['cart']=[40 items], session['email']=...; zlib-compressed")
tagged = {"t": (1, 2), "b": b"bytes", "u": uuid.UUID("12345678-1234-5678-1234-567812345678"),
          "d": datetime.datetime(2024, 1, 2, 3, 4, 5, tzinfo=datetime.timezone.utc)}
add("session", flask_cookie("you-will-never-guess", tagged), "flask", tagged, "you-will-never-guess",
    FLASK + "app.secret_key='you-will-never-guess'; session holds a tuple, bytes, a UUID and a datetime (tagged JSON)")
# itsdangerous options other Flask-style apps use: the legacy django-concat key derivation and SHA-256.
for kwargs, label, what in (({"key_derivation": "django-concat", "digest_method": hashlib.sha1}, "changeme", "django-concat key derivation"),
                            ({"key_derivation": "hmac", "digest_method": hashlib.sha256}, "secret-key", "HMAC-SHA256 signatures")):
    s = itsdangerous.URLSafeTimedSerializer(label, salt="cookie-session", signer_kwargs=kwargs)
    add("session", s.dumps({"user": "carol"}), "flask", ["user"], label,
        FLASK + "URLSafeTimedSerializer(%r, salt='cookie-session', signer_kwargs=%s).dumps({'user': 'carol'}) (%s)"
        % (label, {k: getattr(v, "__name__", v) for k, v in kwargs.items()}, what))
add("session", flask_cookie(STRONG, {"_fresh": True, "_user_id": "42", "csrf_token": secrets.token_hex(20)}),
    "flask", ["_fresh", "_user_id", "csrf_token"], None, FLASK + "Flask-Login style session with a random secret")


def django_setup():
    settings.configure(
        SECRET_KEY="placeholder",
        INSTALLED_APPS=["django.contrib.sessions"],
        SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
        DEFAULT_HASHING_ALGORITHM="sha256",
        USE_TZ=True,
    )
    django.setup()


django_setup()
from django.contrib.sessions.backends.signed_cookies import SessionStore  # noqa: E402
from django.http import HttpResponse  # noqa: E402

DJANGO = "generated with Django %s: " % django.get_version()


def django_session(secret, data, algorithm="sha256"):
    settings.SECRET_KEY = secret
    settings.DEFAULT_HASHING_ALGORITHM = algorithm
    s = SessionStore()
    s.update(data)
    s.save()
    # SessionMiddleware sets the sessionid cookie to session_key, which is the signed payload here.
    return s.session_key


INSECURE = "django-insecure-" + "x" * 50
for secret, label in (("secret", "secret"), (INSECURE, INSECURE), (STRONG, None)):
    data = {"_auth_user_id": "1", "_auth_user_backend": "django.contrib.auth.backends.ModelBackend", "role": "staff"}
    add("sessionid", django_session(secret, data), "django-signed", data, label,
        DJANGO + "SESSION_ENGINE='django.contrib.sessions.backends.signed_cookies', SECRET_KEY=%r; "
        "SessionStore().update(%r); save(); session_key" % (label or "<random>", data))
big = {"history": ["/page/%d" % i for i in range(60)], "email": "bob@example.org"}
add("sessionid", django_session("changeme", big), "django-signed", big, "changeme",
    DJANGO + "signed_cookies session, SECRET_KEY='changeme', large data (zlib-compressed, '.' prefix)")
add("sessionid", django_session("password", {"cart": [1, 2]}, algorithm="sha1"), "django-signed", ["cart"], "password",
    DJANGO + "signed_cookies session, SECRET_KEY='password', DEFAULT_HASHING_ALGORITHM='sha1' (legacy 27-char signature)")

for secret, label in (("secret", "secret"), (STRONG, None)):
    settings.SECRET_KEY = secret
    settings.DEFAULT_HASHING_ALGORITHM = "sha256"
    resp = HttpResponse()
    resp.set_signed_cookie("user", "alice")
    add("user", resp.cookies["user"].value, "django-signed", [], label,
        DJANGO + "SECRET_KEY=%r; HttpResponse().set_signed_cookie('user', 'alice')" % (label or "<random>"))

print(json.dumps(out, indent=1))
