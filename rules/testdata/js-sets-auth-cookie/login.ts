interface LoginResponse { token: string; user: string }

export async function login(user: string, password: string): Promise<void> {
  const res = await fetch("/api/login", { method: "POST", body: JSON.stringify({ user, password }) });
  const data: LoginResponse = await res.json();
  document.cookie = `auth_token=${data.token}; path=/; secure; samesite=strict`; // want js-sets-auth-cookie "auth_token"
  document.cookie = "theme=dark; path=/; max-age=31536000; secure; samesite=lax";
}
