package main

import "strings"

// nearest is the name closest to typed, ignoring case, when it is close
// enough to be the one meant (a typo or two, or a prefix), else "".
func nearest(typed string, names []string) string {
	typed = strings.ToLower(typed)
	best, bestDistance := "", 0
	for _, name := range names {
		lower := strings.ToLower(name)
		d := editDistance(typed, lower)
		if len(typed) >= 3 && strings.HasPrefix(lower, typed) {
			d = min(d, 1)
		}
		if best == "" || d < bestDistance {
			best, bestDistance = name, d
		}
	}
	if best == "" || bestDistance > max(2, len(typed)/4) {
		return ""
	}
	return best
}
