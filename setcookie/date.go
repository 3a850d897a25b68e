package setcookie

import "time"

// ParseDate reads a cookie-date with the RFC 6265 §5.1.1 algorithm, which RFC
// 6265bis keeps, with erratum 4148 applied (the text after a day, year or time is
// optional). The result is in UTC. It does not allocate.
func ParseDate(s string) (time.Time, bool) {
	var (
		foundTime, foundDay, foundMonth, foundYear bool
		hour, minute, second, day, year            int
		month                                      time.Month
	)
	for i := 0; i < len(s); {
		for i < len(s) && isDateDelimiter(s[i]) {
			i++
		}
		start := i
		for i < len(s) && !isDateDelimiter(s[i]) {
			i++
		}
		tok := s[start:i]
		if tok == "" {
			break
		}
		if !foundTime {
			if h, m, sec, ok := matchTime(tok); ok {
				hour, minute, second, foundTime = h, m, sec, true
				continue
			}
		}
		if !foundDay {
			if d, ok := matchDigits(tok, 1, 2); ok {
				day, foundDay = d, true
				continue
			}
		}
		if !foundMonth {
			if m, ok := matchMonth(tok); ok {
				month, foundMonth = m, true
				continue
			}
		}
		if !foundYear {
			if y, ok := matchDigits(tok, 2, 4); ok {
				year, foundYear = y, true
				continue
			}
		}
	}
	switch {
	case 70 <= year && year <= 99:
		year += 1900
	case 0 <= year && year <= 69:
		year += 2000
	}
	if !foundTime || !foundDay || !foundMonth || !foundYear ||
		day < 1 || day > 31 || year < 1601 || hour > 23 || minute > 59 || second > 59 {
		return time.Time{}, false
	}
	t := time.Date(year, month, day, hour, minute, second, 0, time.UTC)
	if t.Day() != day { // 31 April and 30 February do not exist
		return time.Time{}, false
	}
	return t, true
}

// isDateDelimiter is the cookie-date delimiter set:
// %x09 / %x20-2F / %x3B-40 / %x5B-60 / %x7B-7E.
func isDateDelimiter(b byte) bool {
	return b == 0x09 || (0x20 <= b && b <= 0x2f) || (0x3b <= b && b <= 0x40) ||
		(0x5b <= b && b <= 0x60) || (0x7b <= b && b <= 0x7e)
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// leadingDigits reads up to max digits from the start of s; n is how many it read.
func leadingDigits(s string, max int) (v, n int) {
	for n < len(s) && n < max && isDigit(s[n]) {
		v = v*10 + int(s[n]-'0')
		n++
	}
	return v, n
}

// matchDigits matches min*maxDIGIT [ non-digit *OCTET ] (day-of-month, year).
func matchDigits(tok string, min, max int) (int, bool) {
	v, n := leadingDigits(tok, max)
	if n < min || (n < len(tok) && isDigit(tok[n])) {
		return 0, false
	}
	return v, true
}

// matchTime matches hms-time [ non-digit *OCTET ], with each field 1*2DIGIT.
func matchTime(tok string) (h, m, s int, ok bool) {
	var fields [3]int
	rest := tok
	for i := range fields {
		v, n := leadingDigits(rest, 2)
		if n == 0 {
			return 0, 0, 0, false
		}
		fields[i], rest = v, rest[n:]
		if i < 2 {
			if rest == "" || rest[0] != ':' {
				return 0, 0, 0, false
			}
			rest = rest[1:]
		}
	}
	if rest != "" && isDigit(rest[0]) {
		return 0, 0, 0, false
	}
	return fields[0], fields[1], fields[2], true
}

var monthNames = [12]string{"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"}

// matchMonth matches a token starting with a month's first three letters, in any case.
func matchMonth(tok string) (time.Month, bool) {
	if len(tok) < 3 {
		return 0, false
	}
	for i, name := range monthNames {
		if hasPrefixFold(tok, name) {
			return time.Month(i + 1), true
		}
	}
	return 0, false
}
