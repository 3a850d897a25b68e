package token

import (
	"encoding/binary"
	"encoding/hex"
	"net/netip"
	"regexp"
	"strconv"
	"strings"
)

// The BIG-IP persistence cookie forms testssl.sh decodes (F5 article K6917).
var (
	bigipV4       = regexp.MustCompile(`^([0-9]{8,10})\.([0-9]{3,5})\.0000$`)
	bigipRouted4  = regexp.MustCompile(`^rd([0-9]{1,3})o0{20}f{4}([a-f0-9]{8})o([0-9]{1,5})$`)
	bigipV6       = regexp.MustCompile(`^vi([a-f0-9]{32})\.([0-9]{1,5})$`)
	bigipRouted6  = regexp.MustCompile(`^rd([0-9]{1,3})o([a-f0-9]{32})o([0-9]{1,5})$`)
	bigipNameHint = "bigipserver"
)

// recogniseBigIP decodes an F5 BIG-IP persistence cookie into the backend address it names.
func recogniseBigIP(c *candidate) *Token {
	info, routeDomain, ok := decodeBigIP(c.value)
	named := strings.HasPrefix(strings.ToLower(c.name), bigipNameHint)
	if !ok {
		// F5 cookie encryption gives "!" + base64; only trust it under a BIGipServer name.
		if named && strings.HasPrefix(c.value, "!") && len(c.value) > 20 {
			return &Token{Format: BigIP, Encrypted: true, BigIP: &BigIPInfo{Pool: c.name[len(bigipNameHint):], Encrypted: true},
				Note: "F5 BIG-IP persistence cookie, encrypted"}
		}
		return nil
	}
	if named {
		info.Pool = c.name[len(bigipNameHint):]
	}
	data := map[string]any{"addr": info.Addr.String(), "port": float64(info.Port)}
	where := netip.AddrPortFrom(info.Addr, uint16(info.Port)).String()
	if info.Pool != "" {
		data["pool"] = info.Pool
		where += " (pool " + info.Pool + ")"
	}
	if routeDomain != "" {
		data["route_domain"] = routeDomain
		where += " in route domain " + routeDomain
	}
	return &Token{Format: BigIP, Readable: true, Data: data, BigIP: info,
		Note: "F5 BIG-IP persistence cookie naming backend " + where}
}

// decodeBigIP reads the address and port out of an unencrypted BIG-IP cookie value.
func decodeBigIP(v string) (info *BigIPInfo, routeDomain string, ok bool) {
	if m := bigipV4.FindStringSubmatch(v); m != nil {
		n, err1 := strconv.ParseUint(m[1], 10, 32)
		p, err2 := strconv.ParseUint(m[2], 10, 16)
		if err1 != nil || err2 != nil {
			return nil, "", false
		}
		// The address is a little-endian uint32; the port is byte-swapped.
		var a [4]byte
		binary.LittleEndian.PutUint32(a[:], uint32(n))
		return &BigIPInfo{Addr: netip.AddrFrom4(a), Port: int(swap16(uint16(p)))}, "", true
	}
	if m := bigipRouted4.FindStringSubmatch(v); m != nil {
		b, _ := hex.DecodeString(m[2])
		port, err := strconv.ParseUint(m[3], 10, 16)
		if err != nil {
			return nil, "", false
		}
		return &BigIPInfo{Addr: netip.AddrFrom4([4]byte(b)), Port: int(port)}, m[1], true
	}
	if m := bigipV6.FindStringSubmatch(v); m != nil {
		b, _ := hex.DecodeString(m[1])
		p, err := strconv.ParseUint(m[2], 10, 16)
		if err != nil {
			return nil, "", false
		}
		return &BigIPInfo{Addr: netip.AddrFrom16([16]byte(b)), Port: int(swap16(uint16(p)))}, "", true
	}
	if m := bigipRouted6.FindStringSubmatch(v); m != nil {
		b, _ := hex.DecodeString(m[2])
		port, err := strconv.ParseUint(m[3], 10, 16)
		if err != nil {
			return nil, "", false
		}
		return &BigIPInfo{Addr: netip.AddrFrom16([16]byte(b)).Unmap(), Port: int(port)}, m[1], true
	}
	return nil, "", false
}

func swap16(p uint16) uint16 { return p>>8 | p<<8 }
