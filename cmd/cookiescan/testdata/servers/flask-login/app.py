"""A Flask app with a login form, a JSON login and a logout, for cookiescan's
authenticated-scan tests. Run: /usr/bin/python3 app.py PORT (listens on
127.0.0.1). The password is the test-only value of PASSWORD below.

Flask's default session is a signed cookie that holds the session's data
itself. The logout clears it in the browser, but the server keeps no record
of sessions: a copy of the cookie taken before the logout stays valid until
the secret key changes. No cookie is set before the login.
"""

import sys

from flask import Flask, jsonify, redirect, request, session
from markupsafe import escape

app = Flask(__name__)
# A fixed, test-only key. Never use a hard-coded key in a real application.
app.secret_key = "cookiescan-test-only-not-a-secret"
PASSWORD = "correct horse battery staple"

HOME = """<!doctype html>
<html><head><title>shop</title></head><body>
<a href="/account">Account</a> <a href="/login">Sign in</a>
</body></html>
"""

LOGIN = """<!doctype html>
<html><head><title>sign in</title></head><body>
<p>%s</p>
<form method="post" action="/login">
<input name="username"> <input type="password" name="password">
<button type="submit">Sign in</button>
</form>
</body></html>
"""

ACCOUNT = """<!doctype html>
<html><head><title>account</title></head><body>
<p>Signed in as %s</p>
<a href="/orders">Orders</a> <a href="/logout">Log out</a>
</body></html>
"""


@app.route("/")
def index():
    return HOME


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return LOGIN % ""
    if request.form.get("username") != "alice" or request.form.get("password") != PASSWORD:
        return LOGIN % "Wrong user name or password."
    session["user"] = "alice"
    return redirect("/account")


@app.route("/api/login", methods=["POST"])
def api_login():
    body = request.get_json(silent=True) or {}
    if body.get("user") != "alice" or body.get("password") != PASSWORD:
        return jsonify(error="bad credentials"), 401
    session["user"] = "alice"
    return jsonify(user="alice")


@app.route("/account")
def account():
    if "user" not in session:
        return redirect("/login")
    return ACCOUNT % escape(session["user"])


@app.route("/orders")
def orders():
    if "user" not in session:
        return redirect("/login")
    return "<!doctype html><p>no orders</p>"


@app.route("/logout")
def logout():
    session.clear()
    return redirect("/")


if __name__ == "__main__":
    app.run(host="127.0.0.1", port=int(sys.argv[1]), debug=False, use_reloader=False)
