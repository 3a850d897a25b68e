package rules_test

import (
	"fmt"
	"slices"
	"testing"

	"github.com/cookiescan/cookiescan/rules"
	"github.com/cookiescan/cookiescan/scanner"
)

func TestScriptsAnalysedAsTheyAreReadAreJudgedAsAtTheEnd(t *testing.T) {
	dir := t.TempDir()
	writeFrontEndTree(t, dir)
	place := func(l rules.Location) string { return fmt.Sprintf("%s:%d", l.File, l.Line) }

	whole := scanner.LoadFiles(t.Context(), []string{dir}, scanner.LoadOptions{})
	want := findingKeys(rules.Run(whole, rules.Options{Now: fixtureNow}), place)

	j := rules.NewJudgement(t.Context(), rules.Options{Now: fixtureNow})
	streamed := scanner.LoadFiles(t.Context(), []string{dir}, scanner.LoadOptions{Responses: j.Add, Scripts: j.AddScript})
	got := findingKeys(j.Finish(streamed).Findings, place)

	if len(want) == 0 {
		t.Fatal("the tree gave no findings")
	}
	if !slices.Equal(got, want) {
		t.Errorf("analysed as read:\n%v\nat the end:\n%v", got, want)
	}
}
