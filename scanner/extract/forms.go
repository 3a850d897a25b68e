package extract

import (
	"bytes"
	"errors"
	"net/url"
	"strings"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html"
)

// maxForms and maxFields bound what Forms keeps of one page.
const (
	maxForms  = 100
	maxFields = 500
)

// Form is an HTML form as a browser would submit it, for filling in a login.
type Form struct {
	// Action is the absolute http or https URL the form submits to: its
	// action resolved against the page (and any <base href>), or the page
	// itself when it has none.
	Action string
	// Method is "GET" or "POST".
	Method string
	// Fields are the controls a browser submits, in document order, with
	// the values the page gives them: text, hidden and password inputs,
	// checked checkboxes and radios, selects and textareas, and the first
	// named submit button.
	Fields []Field
	// Password is set when the form has a password input.
	Password bool
	// Logout is set when the form looks like a logout (IsLogout on its
	// text, id, class, name, action or button).
	Logout bool
}

// Field is one named control of a form.
type Field struct {
	Name, Value string
	// Type is the input type in lower case ("text", "hidden", "password"…),
	// or the element name for select and textarea.
	Type string
}

// Forms returns the forms of the page in data, served at pageURL, that
// submit to an http or https URL with GET or POST (at most 100, each with
// at most 500 fields). Markup is repaired as browsers do; a form with a
// method other than GET or POST ("dialog") is left out.
func Forms(data []byte, pageURL string) ([]Form, error) {
	self, err := url.Parse(pageURL)
	if err != nil || self.Scheme != "http" && self.Scheme != "https" || self.Host == "" {
		return nil, errors.New("extract: the page URL is not an absolute http or https URL")
	}
	doc, err := goquery.NewDocumentFromReader(bytes.NewReader(data))
	if err != nil {
		doc = goquery.NewDocumentFromNode(shallowTree(data))
	}
	self.Fragment, self.RawFragment = "", ""
	x := &extractor{page: &Page{}, self: self, base: self}
	x.setBase(doc)
	var forms []Form
	doc.Find("form").EachWithBreak(func(_ int, s *goquery.Selection) bool {
		if f, ok := x.formFields(s); ok {
			forms = append(forms, f)
		}
		return len(forms) < maxForms
	})
	return forms, nil
}

// formFields reads one form element.
func (x *extractor) formFields(s *goquery.Selection) (Form, bool) {
	n := s.Nodes[0]
	method, _ := attr(n, "method")
	switch method = strings.ToUpper(strings.TrimSpace(method)); method {
	case "":
		method = "GET"
	case "GET", "POST":
	default:
		return Form{}, false
	}
	action, _ := attr(n, "action")
	action = cleanURL(action)
	if action == "" {
		action = x.self.String()
	}
	u, ok := parseRef(x.base, action)
	if !ok || u.Scheme != "http" && u.Scheme != "https" || u.Host == "" {
		return Form{}, false
	}
	f := Form{Action: u.String(), Method: method, Logout: looksLogout(n, elemText(n))}
	submitted := false
	s.Find("input, select, textarea, button").EachWithBreak(func(_ int, c *goquery.Selection) bool {
		field, ok := control(c.Nodes[0], &submitted)
		if ok {
			f.Fields = append(f.Fields, field)
			f.Password = f.Password || field.Type == "password"
		}
		return len(f.Fields) < maxFields
	})
	return f, true
}

// control returns the field a browser submits for the control n, if any.
// Only the first named submit button counts: it is the one a person clicks.
func control(n *html.Node, submitted *bool) (Field, bool) {
	name, _ := attr(n, "name")
	if name == "" {
		return Field{}, false
	}
	if _, disabled := attr(n, "disabled"); disabled {
		return Field{}, false
	}
	value, _ := attr(n, "value")
	switch n.Data {
	case "textarea":
		return Field{Name: name, Value: elemText(n), Type: "textarea"}, true
	case "select":
		return Field{Name: name, Value: selected(n), Type: "select"}, true
	case "button":
		typ, _ := attr(n, "type")
		if t := strings.ToLower(strings.TrimSpace(typ)); t != "" && t != "submit" || *submitted {
			return Field{}, false
		}
		*submitted = true
		return Field{Name: name, Value: value, Type: "submit"}, true
	}
	typ, _ := attr(n, "type")
	typ = strings.ToLower(strings.TrimSpace(typ))
	switch typ {
	case "":
		typ = "text"
	case "checkbox", "radio":
		if _, checked := attr(n, "checked"); !checked {
			return Field{}, false
		}
		if _, ok := attr(n, "value"); !ok {
			value = "on"
		}
	case "submit":
		if *submitted {
			return Field{}, false
		}
		*submitted = true
	case "button", "reset", "file", "image":
		return Field{}, false
	}
	return Field{Name: name, Value: value, Type: typ}, true
}

// selected is the value a select submits: its first selected option, else its first option.
func selected(sel *html.Node) string {
	var first, chosen *html.Node
	walk(sel, maxFormWalk, func(n *html.Node) (bool, bool) {
		if n.Type == html.ElementNode && n.Data == "option" {
			if first == nil {
				first = n
			}
			if _, ok := attr(n, "selected"); ok {
				chosen = n
				return false, false
			}
		}
		return true, true
	})
	if chosen == nil {
		chosen = first
	}
	if chosen == nil {
		return ""
	}
	if v, ok := attr(chosen, "value"); ok {
		return v
	}
	return elemText(chosen)
}
