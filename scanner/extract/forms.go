package extract

import (
	"errors"
	"net/url"
	"strings"

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
	// Multipart is set when a POST form declares
	// enctype="multipart/form-data": a browser then sends its fields as
	// multipart parts, not URL-encoded.
	Multipart bool
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
	doc := parse(data, index(data))
	self.Fragment, self.RawFragment = "", ""
	x := &extractor{page: &Page{}, self: self, base: self}
	x.setBase(firstBase(doc))
	return x.forms(doc), nil
}

// forms walks the tree once, in document order, giving each control to the
// form it is in: a page with many forms costs no more than one with one.
func (x *extractor) forms(root *html.Node) []Form {
	type frame struct {
		n    *html.Node
		form int // index in forms of the form n is in, -1 for none
	}
	var forms []Form
	var submitted []bool // per form: its submit button is taken
	stack := []frame{{root, -1}}
	for len(stack) > 0 {
		fr := stack[len(stack)-1]
		stack = stack[:len(stack)-1]
		n, in := fr.n, fr.form
		if n.Type == html.ElementNode && n.Namespace == "" {
			switch n.Data {
			case "form":
				in = -1
				if len(forms) == maxForms {
					break
				}
				if f, ok := x.formOf(n); ok {
					forms = append(forms, f)
					submitted = append(submitted, false)
					in = len(forms) - 1
				}
			case "input", "select", "textarea", "button":
				if in < 0 || len(forms[in].Fields) >= maxFields {
					break
				}
				if field, ok := control(n, &submitted[in]); ok {
					forms[in].Fields = append(forms[in].Fields, field)
					forms[in].Password = forms[in].Password || field.Type == "password"
				}
			}
		}
		for c := n.LastChild; c != nil; c = c.PrevSibling {
			stack = append(stack, frame{c, in})
		}
	}
	return forms
}

// formOf reads a form element's method and action.
func (x *extractor) formOf(n *html.Node) (Form, bool) {
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
	enctype, _ := attr(n, "enctype")
	multipart := method == "POST" && strings.EqualFold(strings.TrimSpace(enctype), "multipart/form-data")
	return Form{Action: u.String(), Method: method, Multipart: multipart, Logout: looksLogout(n, elemText(n))}, true
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
