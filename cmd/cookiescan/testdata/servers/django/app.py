"""A one-file Django app with Django's default session and CSRF cookies, for
cookiescan's end-to-end tests. Run: /usr/bin/python3 app.py PORT (listens on
127.0.0.1).

Its pages read the csrftoken cookie from script, as Django's documentation
shows for AJAX requests, and /logout logs out on the server: Django flushes
the session and sends an expired sessionid cookie. cookiescan must report
neither logout-in-js nor logout-not-server-side, nor js-reads-auth-cookie for
csrftoken, which scripts read by design.
"""

import sys

from django.conf import settings

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
    ],
    SESSION_ENGINE="django.contrib.sessions.backends.signed_cookies",
)

import django  # noqa: E402

django.setup()

from django.http import HttpResponse  # noqa: E402
from django.middleware.csrf import get_token  # noqa: E402
from django.urls import path  # noqa: E402
from django.utils.html import escape  # noqa: E402

PAGE = """<!doctype html>
<html><head><title>django</title></head><body>
<p>hello %s</p>
<a href="/login">Log in</a> <a href="/logout">Log out</a>
<script>
function getCookie(name) {
  let cookieValue = null;
  if (document.cookie && document.cookie !== '') {
    const cookies = document.cookie.split(';');
    for (let i = 0; i < cookies.length; i++) {
      const cookie = cookies[i].trim();
      if (cookie.substring(0, name.length + 1) === (name + '=')) {
        cookieValue = decodeURIComponent(cookie.substring(name.length + 1));
        break;
      }
    }
  }
  return cookieValue;
}
const csrftoken = getCookie('csrftoken');
</script>
</body></html>
"""


def index(request):
    get_token(request)  # sets the csrftoken cookie
    request.session["visits"] = request.session.get("visits", 0) + 1
    return HttpResponse(PAGE % escape(request.session.get("user", "guest")))


def login(request):
    request.session.cycle_key()  # a new session key on login, against fixation
    request.session["user"] = "alice"
    response = HttpResponse(status=302)
    response["Location"] = "/"
    return response


def logout(request):
    request.session.flush()
    return HttpResponse("bye\n", content_type="text/plain")


urlpatterns = [path("", index), path("login", login), path("logout", logout)]

if __name__ == "__main__":
    from django.core.management import execute_from_command_line

    execute_from_command_line(["app.py", "runserver", "--noreload", "--nothreading", "127.0.0.1:" + sys.argv[1]])
