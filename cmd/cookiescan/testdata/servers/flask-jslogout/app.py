"""A Flask app whose logout is done in JavaScript, for cookiescan's end-to-end
tests. Run: /usr/bin/python3 app.py PORT (listens on 127.0.0.1).

The /logout page deletes the session cookie with document.cookie, but
Flask's session cookie is HttpOnly, so the browser refuses the deletion, and
the server never clears the session either: the user stays logged in. This is
the mistake cookiescan's logout-in-js and logout-not-server-side rules catch.
"""

import sys

from flask import Flask, session
from markupsafe import escape

app = Flask(__name__)
# A fixed, test-only key. Never use a hard-coded key in a real application.
app.secret_key = "cookiescan-test-only-not-a-secret"

PAGE = """<!doctype html>
<html><head><title>shop</title></head><body>
<p>hello %s</p>
<a href="/account">Account</a> <a href="/logout">Log out</a>
</body></html>
"""

LOGOUT = """<!doctype html>
<html><head><title>bye</title></head><body>
<p>You are logged out.</p>
<script>
  document.cookie = "session=; expires=Thu, 01 Jan 1970 00:00:00 GMT";
  window.location.href = "/";
</script>
</body></html>
"""


@app.route("/")
def index():
    session["user"] = "alice"
    return PAGE % escape(session["user"])


@app.route("/account")
def account():
    return PAGE % escape(session.get("user", "guest"))


@app.route("/logout")
def logout():
    return LOGOUT


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False, use_reloader=False)
