package script

import "testing"

// treeCleanup analyses files as a tree and reports, for the first deletion
// of the file named last, whether its flow asks the server.
func treeCleanup(t *testing.T, files [][2]string) bool {
	t.Helper()
	tree := NewTree()
	var res *Result
	for _, f := range files {
		res = Analyze(f[1], Options{})
		tree.Add(f[0], f[1], res)
	}
	for i, op := range res.Ops {
		if op.Kind == Delete {
			return tree.ServerRequest(res, i)
		}
	}
	t.Fatalf("no deletion in %s", files[len(files)-1][0])
	return false
}

func TestTreeFollowsFlowsAcrossModules(t *testing.T) {
	for _, tc := range []struct {
		name  string
		files [][2]string
		want  bool
	}{
		{"a CommonJS require of a module that posts", [][2]string{
			{"lib/session.js", `module.exports = { end: function () { return fetch("/session", { method: "DELETE" }); } };`},
			{"lib/ui.js", `const session = require("./session"); async function signOut() { await session.end(); Cookies.remove("sid"); }`},
		}, true},
		{"a destructured require of a module that does not", [][2]string{
			{"lib/session.js", `exports.end = function () { return 1; };`},
			{"lib/ui.js", `const { end } = require("./session"); function signOut() { end(); Cookies.remove("sid"); }`},
		}, false},
		{"a named import resolved by the end of an aliased path", [][2]string{
			{"app/src/net/auth.js", `export const bye = () => navigator.sendBeacon("/bye");`},
			{"app/src/views/menu.js", `import { bye } from "@/net/auth"; function signOut() { bye(); document.cookie = "sid=; max-age=0"; }`},
		}, true},
		{"a caller in another file that posts first", [][2]string{
			{"src/menu.js", `import { clear } from "./auth"; function signOut() { return axios.post("/logout").then(() => clear()); }`},
			{"src/auth.js", `export function clear() { Cookies.remove("sid"); }`},
		}, true},
		{"a package import is never followed", [][2]string{
			{"src/menu.js", `import { end } from "session-lib"; function signOut() { end(); Cookies.remove("sid"); }`},
		}, false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := treeCleanup(t, tc.files); got != tc.want {
				t.Errorf("cleanup = %v, want %v", got, tc.want)
			}
		})
	}
}
