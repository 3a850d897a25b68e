"""A minimal Flask app with Flask's default session cookie, for cookiescan's
end-to-end tests. Run: /usr/bin/python3 app.py PORT (listens on 127.0.0.1).

Flask's default session is a signed cookie named "session", set with
HttpOnly and Path=/ but neither Secure nor SameSite; session.clear() on
/logout makes Flask send an expired "session" cookie that deletes it.
"""

import sys

from flask import Flask, redirect, session
from markupsafe import escape

PAGE = """<!doctype html>
<html><head><title>flask</title></head><body>
<p>hello %s</p>
<a href="/login">Log in</a> <a href="/logout">Log out</a>
</body></html>
"""

app = Flask(__name__)
# A fixed, test-only key, so that captures are reproducible. Never use a
# hard-coded key in a real application.
app.secret_key = "cookiescan-test-only-not-a-secret"


@app.route("/")
def index():
    session["visits"] = session.get("visits", 0) + 1
    return PAGE % escape(session.get("user", "guest"))


@app.route("/login")
def login():
    session["user"] = "alice"
    return redirect("/")


@app.route("/logout")
def logout():
    session.clear()
    return "bye\n"


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False, use_reloader=False)
