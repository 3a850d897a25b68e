"""A one-file Django app logging in with django.contrib.auth, for cookiescan's
authenticated-scan tests. Run: /usr/bin/python3 app.py PORT (listens on
127.0.0.1). The user is alice, with the test-only PASSWORD below.

The login form is a POST form protected by Django's CSRF middleware: its
csrfmiddlewaretoken field must match the csrftoken cookie. auth.login()
rotates the session key and auth.logout() flushes the session from the
database, so neither session fixation nor a session that survives logout
may be reported. The logout is a POST form with its own CSRF token, as
Django requires since 5.0.
"""

import os
import sys
import tempfile

from django.conf import settings

DB_DIR = tempfile.mkdtemp(prefix="cookiescan-django-")
PASSWORD = "correct horse battery staple"

settings.configure(
    DEBUG=False,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    # A fixed, test-only key. Never use a hard-coded key in a real application.
    SECRET_KEY="cookiescan-test-only-not-a-secret",
    ROOT_URLCONF=__name__,
    INSTALLED_APPS=["django.contrib.auth", "django.contrib.contenttypes", "django.contrib.sessions"],
    MIDDLEWARE=[
        "django.contrib.sessions.middleware.SessionMiddleware",
        "django.middleware.csrf.CsrfViewMiddleware",
        "django.contrib.auth.middleware.AuthenticationMiddleware",
    ],
    DATABASES={"default": {"ENGINE": "django.db.backends.sqlite3", "NAME": os.path.join(DB_DIR, "db.sqlite3")}},
    # A fast hash, for tests only: the default costs a second per login.
    PASSWORD_HASHERS=["django.contrib.auth.hashers.MD5PasswordHasher"],
    DEFAULT_AUTO_FIELD="django.db.models.AutoField",
    USE_TZ=True,
)

import django  # noqa: E402

django.setup()

from django.contrib import auth  # noqa: E402
from django.core.management import call_command, execute_from_command_line  # noqa: E402
from django.http import HttpResponse, HttpResponseRedirect  # noqa: E402
from django.middleware.csrf import get_token  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.html import escape  # noqa: E402

HOME = """<!doctype html>
<html><head><title>django</title></head><body>
<a href="/account">Account</a> <a href="/login">Sign in</a>
</body></html>
"""

LOGIN = """<!doctype html>
<html><head><title>sign in</title></head><body>
<p>%s</p>
<form method="post" action="/login">
<input type="hidden" name="csrfmiddlewaretoken" value="%s">
<input name="username"> <input type="password" name="password">
<button type="submit">Sign in</button>
</form>
</body></html>
"""

ACCOUNT = """<!doctype html>
<html><head><title>account</title></head><body>
<p>Signed in as %s</p>
<form method="post" action="/logout">
<input type="hidden" name="csrfmiddlewaretoken" value="%s">
<button type="submit">Log out</button>
</form>
</body></html>
"""


def index(request):
    return HttpResponse(HOME)


def login(request):
    error = ""
    if request.method == "POST":
        user = auth.authenticate(request, username=request.POST.get("username"), password=request.POST.get("password"))
        if user is not None:
            auth.login(request, user)
            return HttpResponseRedirect("/account")
        error = "Wrong user name or password."
    return HttpResponse(LOGIN % (error, escape(get_token(request))))


def account(request):
    if not request.user.is_authenticated:
        return HttpResponseRedirect("/login?next=/account")
    return HttpResponse(ACCOUNT % (escape(request.user.username), escape(get_token(request))))


def logout(request):
    if request.method != "POST":
        return HttpResponse(status=405)
    auth.logout(request)
    return HttpResponseRedirect("/")


urlpatterns = [path("", index), path("login", login), path("account", account), path("logout", logout)]

if __name__ == "__main__":
    call_command("migrate", verbosity=0, interactive=False)
    from django.contrib.auth.models import User

    User.objects.create_user("alice", password=PASSWORD)
    execute_from_command_line(["app.py", "runserver", "--noreload", "--nothreading", "127.0.0.1:" + sys.argv[1]])
