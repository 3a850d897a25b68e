package script

import (
	"fmt"
	"math/rand"
	"strings"
	"testing"
)

// genBundle makes a realistic minified-ish bundle of about size bytes:
// modules of functions, strings, regular expressions, classes and loops,
// with a few cookie idioms among them.
func genBundle(size int, cookies bool) string {
	r := rand.New(rand.NewSource(1))
	var sb strings.Builder
	sb.WriteString("(function(modules){var c={};function q(i){if(c[i])return c[i].exports;var m=c[i]={exports:{}};modules[i].call(m.exports,m,m.exports,q);return m.exports}return q(0)})([\n")
	n := 0
	id := func() string { // unique, or const and class would clash
		n++
		return fmt.Sprintf("%c%c%d", 'a'+r.Intn(26), 'a'+r.Intn(26), n)
	}
	for mod := 0; sb.Len() < size; mod++ {
		fmt.Fprintf(&sb, "function(module,exports,q){\"use strict\";\n")
		if cookies && mod%200 == 7 {
			sb.WriteString("function setCookie(n,v,d){var t=new Date;t.setTime(t.getTime()+d*864e5);document.cookie=n+\"=\"+v+\";expires=\"+t.toUTCString()+\";path=/\"}\n")
			sb.WriteString("function getCookie(n){var m=document.cookie.match(new RegExp(\"(^| )\"+n+\"=([^;]+)\"));return m?m[2]:null}\n")
			fmt.Fprintf(&sb, "setCookie(\"pref%d\",getCookie(\"pref%d\")||\"1\",30);\n", mod, mod)
			sb.WriteString("document.getElementById(\"logout\").addEventListener(\"click\",function(){document.cookie=\"sid=;max-age=0;path=/\"});\n")
		}
		for f := 0; f < 12; f++ {
			a, b, c := id(), id(), id()
			switch r.Intn(5) {
			case 0:
				fmt.Fprintf(&sb, "function %s(%s,%s){var o=[];for(var i=0;i<%s.length;i++){if(/^[a-z]+\\d*$/i.test(%s[i].name))o.push(%s[i].name+\"-%d\")}return o.join(%s||\",\")}\n", a, b, c, b, b, b, r.Intn(999), c)
			case 1:
				fmt.Fprintf(&sb, "var %s={name:\"%s\",size:%d,tags:[\"%s\",\"%s\"],on:%v};exports.%s=%s;\n", a, b, r.Intn(9999), c, id(), r.Intn(2) == 1, a, a)
			case 2:
				fmt.Fprintf(&sb, "var %s=function(%s){switch(%s.type){case\"%s\":return Object.assign({},%s,{value:%s.payload});case\"reset\":return{value:null};default:return %s}};\n", a, b, b, c, b, b, b)
			case 3:
				fmt.Fprintf(&sb, "class K%s{constructor(%s){this.%s=%s;this.n=0}render(){return`<div class=\"%s\">${this.%s}</div>`}inc(n=1){this.n+=n;return this}}\n", a, b, b, b, c, b)
			default:
				fmt.Fprintf(&sb, "const %s=async(%s)=>{try{const r=await fetch(\"/api/%s?q=\"+encodeURIComponent(%s));return r.ok?r.json():null}catch(e){console.error(\"%s failed\",e);return null}};\n", a, b, c, b, a)
			}
		}
		sb.WriteString("},\n")
	}
	sb.WriteString("function(m){m.exports={}}]);\n")
	return sb.String()
}

func BenchmarkAnalyze(b *testing.B) {
	src := genBundle(3<<20, true)
	r := Analyze(src, Options{})
	if !r.Parsed || len(r.Ops) == 0 {
		b.Fatalf("bundle: parsed=%v err=%v ops=%d", r.Parsed, r.Err, len(r.Ops))
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Analyze(src, Options{})
	}
}

// BenchmarkToJavaScript is what a scanner spends on a bundle before
// Analyze: one parse that says it is JavaScript already.
func BenchmarkToJavaScript(b *testing.B) {
	src := genBundle(3<<20, true)
	if ToJavaScript(src, JavaScript) != src {
		b.Fatal("the bundle was rewritten")
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		ToJavaScript(src, JavaScript)
	}
}

func BenchmarkPrefilter(b *testing.B) {
	src := genBundle(100<<10, false)
	if Mentions(src) {
		b.Fatal("the bundle mentions cookies")
	}
	b.SetBytes(int64(len(src)))
	b.ResetTimer()
	for range b.N {
		Mentions(src)
	}
}

// BenchmarkAnalyzeARepeatedCall is a minified 8 MB script calling js-cookie
// with an options object 250 000 times: large enough to be parsed in pieces.
func BenchmarkAnalyzeARepeatedCall(b *testing.B) {
	src := strings.Repeat(`Cookies.set("sid","x",{path:"/"});`, 250000)
	if r := Analyze(src, Options{}); len(r.Ops) != 1 || r.Ops[0].Count != 250000 {
		b.Fatalf("ops %+v", r.Ops)
	}
	b.SetBytes(int64(len(src)))
	b.ReportAllocs()
	b.ResetTimer()
	for range b.N {
		Analyze(src, Options{})
	}
}

// smallScripts are n distinct small scripts of the shapes pages carry
// inline and share: a flag kept in a cookie, a cookie read by a helper.
func smallScripts(n int) []string {
	scripts := make([]string, n)
	for i := range scripts {
		if i%2 == 0 {
			scripts[i] = fmt.Sprintf("window.page = %d; if (document.cookie.indexOf('seen%d=') < 0) { document.cookie = 'seen%d=1; path=/'; }", i, i, i)
		} else {
			scripts[i] = fmt.Sprintf("// shared script %d\nfunction readTheme() { return document.cookie.split('; ').find(c => c.startsWith('theme%d=')); }\n", i, i)
		}
	}
	return scripts
}

// BenchmarkAnalyzeSmallScripts is what a crawl spends on each page's small
// script: ToJavaScript as the scanner calls it, then Analyze as the rules do.
func BenchmarkAnalyzeSmallScripts(b *testing.B) {
	scripts := smallScripts(4000)
	for _, src := range scripts[:2] {
		if r := Analyze(ToJavaScript(src, JavaScript), Options{Line: 3, Col: 9}); !r.Parsed || len(r.Ops) == 0 {
			b.Fatalf("%q: parsed=%v ops=%d", src, r.Parsed, len(r.Ops))
		}
	}
	b.ReportAllocs()
	b.ResetTimer()
	for i := range b.N {
		src := scripts[i%len(scripts)]
		Analyze(ToJavaScript(src, JavaScript), Options{Line: 3, Col: 9})
	}
}
