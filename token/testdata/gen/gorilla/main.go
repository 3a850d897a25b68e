// Command gorilla prints gorilla/securecookie fixtures as a JSON array, made by the real library.
// It is its own module so the scanner does not depend on gorilla: run `go run .` here.
package main

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"os"

	"github.com/gorilla/securecookie"
)

type fixture struct {
	Name      string            `json:"name"`
	Value     string            `json:"value"`
	Siblings  map[string]string `json:"siblings"`
	Format    string            `json:"format"`
	Signed    bool              `json:"signed"`
	Readable  bool              `json:"readable"`
	Encrypted bool              `json:"encrypted"`
	Keys      []string          `json:"keys"`
	Secret    *string           `json:"secret"`
	Source    string            `json:"source"`
}

func main() {
	strong := make([]byte, 32)
	rand.Read(strong)
	blockKey := make([]byte, 32)
	rand.Read(blockKey)
	src := "generated with github.com/gorilla/securecookie v1.1.2: "
	var out []fixture
	for _, c := range []struct {
		hashKey string
		label   *string
	}{{"very-secret", ptr("very-secret")}, {"something-very-secret", ptr("something-very-secret")}, {hex.EncodeToString(strong), nil}} {
		shown := "<random>"
		if c.label != nil {
			shown = *c.label
		}
		data := map[string]any{"user": "alice", "admin": true}
		s := securecookie.New([]byte(c.hashKey), nil).SetSerializer(securecookie.JSONEncoder{})
		v, err := s.Encode("session", data)
		check(err)
		out = append(out, fixture{Name: "session", Value: v, Siblings: map[string]string{}, Format: "gorilla-securecookie", Signed: true, Readable: true,
			Keys: []string{"admin", "user"}, Secret: c.label,
			Source: src + fmt.Sprintf("securecookie.New([]byte(%q), nil).SetSerializer(securecookie.JSONEncoder{}).Encode(\"session\", %v)", shown, data)})
		// Default gob serializer, as gorilla/sessions' CookieStore uses, without encryption.
		s = securecookie.New([]byte(c.hashKey), nil)
		v, err = s.Encode("session", map[any]any{"user": "alice", "uid": 7})
		check(err)
		out = append(out, fixture{Name: "session", Value: v, Siblings: map[string]string{}, Format: "gorilla-securecookie", Signed: true, Readable: true,
			Keys: []string{"uid", "user"}, Secret: c.label,
			Source: src + fmt.Sprintf("securecookie.New([]byte(%q), nil).Encode(\"session\", map[any]any{\"user\": \"alice\", \"uid\": 7}) (gob, as gorilla/sessions stores values)", shown)})
		s = securecookie.New([]byte(c.hashKey), blockKey)
		v, err = s.Encode("session", map[string]string{"user": "alice"})
		check(err)
		out = append(out, fixture{Name: "session", Value: v, Siblings: map[string]string{}, Format: "gorilla-securecookie", Signed: true, Encrypted: true,
			Keys: []string{}, Secret: c.label,
			Source: src + fmt.Sprintf("securecookie.New([]byte(%q), <random 32-byte block key>).Encode(\"session\", map[user:alice]) (gob, AES-CTR)", shown)})
	}
	// gin-contrib/sessions' cookie store is gorilla/sessions' CookieStore: its README signs with "secret".
	v, err := securecookie.New([]byte("secret"), nil).Encode("mysession", map[any]any{"user": "alice"})
	check(err)
	out = append(out, fixture{Name: "mysession", Value: v, Siblings: map[string]string{}, Format: "gorilla-securecookie", Signed: true, Readable: true,
		Keys: []string{"user"}, Secret: ptr("secret"),
		Source: src + `securecookie.New([]byte("secret"), nil).Encode("mysession", map[any]any{"user": "alice"}) (gob, as gin-contrib/sessions' cookie.NewStore([]byte("secret")) with sessions.Sessions("mysession", store) writes it)`})
	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	check(enc.Encode(out))
}

func ptr(s string) *string { return &s }

func check(err error) {
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
