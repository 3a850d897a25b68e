package script

import "testing"

func TestDeletionsInAFlowThatAsksTheServerAreMarked(t *testing.T) {
	const del = `document.cookie = "sid=; max-age=0";`
	tests := []struct {
		name, src string
		want      bool
	}{
		{"fetch before", `function logout() { fetch("/logout", {method: "POST"}); ` + del + ` }`, true},
		{"in a then callback", `function logout() { return api.post("/logout").then(() => { ` + del + ` }); }`, true},
		{"after await on axios", `async function logout() { await axios.post("/logout"); ` + del + ` }`, true},
		{"a Vue $http call", `const m = { logout() { this.$http.post("/logout"); ` + del + ` } };`, true},
		{"jQuery", `function logout() { $.ajax({url: "/logout", type: "POST"}); ` + del + ` }`, true},
		{"a form submit", `function logout() { ` + del + ` document.forms.logout.submit(); }`, true},
		{"a beacon", `function logout() { navigator.sendBeacon("/logout"); ` + del + ` }`, true},
		{"XMLHttpRequest", `function logout() { var x = new XMLHttpRequest(); x.open("POST", "/logout"); x.send(); ` + del + ` }`, true},
		{"navigation to a logout URL", `function bye() { ` + del + ` location.href = "/auth/logout"; }`, true},
		{"location.assign to a logout URL", `function bye() { ` + del + ` window.location.assign("/signout"); }`, true},
		{"an API module import", `import { logout } from "@/api/user"; function bye() { logout().then(clear); } function clear() { ` + del + ` }`, true},
		{"top level of a handler", `fetch("/logout"); ` + del, true},
		{"navigation elsewhere", `function logout() { ` + del + ` location.href = "/login"; }`, false},
		{"a helper module import", `import { reset } from "@/utils/store"; function logout() { reset(); ` + del + ` }`, false},
		{"a request in another function", `function load() { fetch("/data"); } function logout() { ` + del + ` }`, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res := Analyze(tt.src, Options{})
			if res.Err != nil {
				t.Fatal(res.Err)
			}
			found := false
			for _, op := range res.Ops {
				if op.Kind == Delete && op.Name == "sid" {
					found = true
					if op.ServerRequest != tt.want {
						t.Errorf("ServerRequest = %v, want %v", op.ServerRequest, tt.want)
					}
				}
			}
			if !found {
				t.Fatalf("no delete of sid in %+v", res.Ops)
			}
		})
	}
}
