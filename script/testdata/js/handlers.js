// Function names, handler names and logout detection.
function init() {
  function handleSignOut() {
    document.cookie = "sid=; max-age=0"; // want delete "sid" logout fn="handleSignOut<init"
  }
  const onLogoutClick = () => {
    document.cookie = "jwt=; max-age=0"; // want delete "jwt" logout fn="onLogoutClick<init"
  };
  const btn = document.getElementById('logout');
  btn.addEventListener('click', function () {
    document.cookie = "a=; max-age=0"; // want delete "a" logout fn="click handler on #logout<init"
  });
  document.querySelector('.logout-btn').addEventListener('click', () => {
    document.cookie = "b=; max-age=0"; // want delete "b" logout fn="click handler on .logout-btn<init"
  });
  document.querySelectorAll('[data-action=sign-out]').forEach((el) => {
    el.addEventListener('click', () => {
      document.cookie = "c=; max-age=0"; // want delete "c" logout
    });
  });
  document.getElementById('save').onclick = function () {
    document.cookie = "saved=1"; // want write "saved" nologout fn="click handler on #save<init"
  };
  document.getElementById('help').addEventListener('click', handleHelp);
  return { handleSignOut, onLogoutClick };
}

function handleHelp() {
  document.cookie = "help=seen"; // want write "help" nologout fn="handleHelp"
}

// Reached only from a logout function.
function clearSession() {
  document.cookie = "session=; max-age=0"; // want delete "session" logout fn="clearSession"
}
function logOut() {
  clearSession();
}

// Not logout: catalogOutput, dialog.
function catalogOutput() {
  document.cookie = "catalog=1"; // want write "catalog" nologout
}

const auth = {
  signout() {
    document.cookie = "m=; max-age=0"; // want delete "m" logout fn="signout"
  },
  refresh: function () {
    document.cookie = "r=1"; // want write "r" nologout fn="refresh"
  },
};

class Session {
  logoff() {
    document.cookie = "k=; max-age=0"; // want delete "k" logout fn="logoff"
  }
}

window.onload = function () {
  document.cookie = "loaded=1"; // want write "loaded" fn="load handler on window"
};

// A named handler keeps its name when bound to an element.
const onSignOutTap = () => {
  document.cookie = "z=; max-age=0"; // want delete "z" logout fn="onSignOutTap"
};
document.getElementById('menu').addEventListener('click', onSignOutTap);
// A handler bound to a logout element is logout whatever its name.
function handleClick() {
  document.cookie = "w=; max-age=0"; // want delete "w" logout fn="handleClick"
}
document.getElementById('btn-logout').addEventListener('click', handleClick);
