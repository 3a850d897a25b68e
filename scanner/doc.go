// Package scanner acquires cookie evidence: it crawls live sites, reads HAR captures, HTTP response dumps and front-end sources, and turns every script it finds into JavaScript once, positioned in its page or file.
package scanner
