// Package cookiescan_test checks the layout of the module: imports follow the pipeline from scanner through rules to report.
package cookiescan_test

import (
	"os/exec"
	"strings"
	"testing"
)

const module = "github.com/cookiescan/cookiescan"

// forbidden lists, per package tree, the package trees it must not import:
// evidence flows one way, from scanner through rules to report.
var forbidden = []struct {
	pkg   string
	never []string
}{
	{"evidence", []string{"setcookie", "token", "script", "scanner", "rules", "report", "cmd", "demo"}},
	{"setcookie", []string{"scanner", "rules", "report", "cmd", "demo"}},
	{"token", []string{"scanner", "rules", "report", "cmd", "demo"}},
	{"script", []string{"scanner", "rules", "report", "cmd", "demo"}},
	{"rules", []string{"scanner", "report", "cmd", "demo"}},
	{"scanner", []string{"rules", "report", "cmd", "demo"}},
	{"report", []string{"scanner", "cmd", "demo"}},
}

// TestImportsFlowOneWay checks with go list -deps that no package reaches
// against the pipeline.
func TestImportsFlowOneWay(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH; the layout check needs go list")
	}
	for _, rule := range forbidden {
		out, err := exec.Command(goTool, "list", "-deps", "-f", "{{.ImportPath}}", "./"+rule.pkg+"/...").Output()
		if err != nil {
			t.Fatalf("go list -deps ./%s/...: %v", rule.pkg, err)
		}
		for dep := range strings.Lines(string(out)) {
			dep = strings.TrimSpace(dep)
			for _, never := range rule.never {
				if dep == module+"/"+never || strings.HasPrefix(dep, module+"/"+never+"/") {
					t.Errorf("%s depends on %s, against the pipeline", rule.pkg, dep)
				}
			}
		}
	}
}

// TestLayoutCheckSeesViolations guards the check itself: cmd imports scanner,
// so the same walk over cmd must find it.
func TestLayoutCheckSeesViolations(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("the go command is not on PATH; the layout check needs go list")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-f", "{{.ImportPath}}", "./cmd/...").Output()
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(out), module+"/scanner\n") {
		t.Error("go list -deps ./cmd/... does not list scanner: the layout check reads nothing")
	}
}
