#!/usr/bin/env bash
# Crawls the synthetic site of BenchmarkCrawlSiteInChildProcess (2000 pages
# with cookies, redirect hops, inline and external scripts, off-site links),
# served by a separate process on loopback, with `cookiescan scan` (crawl,
# judgement and report) and with wget2, interleaved, and prints the median
# of ROUNDS runs of each: wall time, CPU time and peak memory (max RSS).
# cookiescan is built as releases are (.goreleaser.yaml: static, without
# cgo, stripped); set DEV_BUILD=1 to measure a plain `go build` instead.
# wget2 is skipped when it is not on PATH.
#
# Usage: scanner/testdata/crawl_vs_wget2.sh [ROUNDS]   (from the module root)
set -euo pipefail

rounds=${1:-3}
pages=2000
work=$(mktemp -d)
site_pid=""
cleanup() {
	[ -n "$site_pid" ] && kill "$site_pid" 2>/dev/null || true
	rm -rf "$work"
}
trap cleanup EXIT

if [ "${DEV_BUILD:-0}" = 1 ]; then
	go build -o "$work/cookiescan" ./cmd/cookiescan
else
	CGO_ENABLED=0 go build -trimpath -ldflags='-s -w' -o "$work/cookiescan" ./cmd/cookiescan
fi
go test -c -o "$work/scanner.test" ./scanner
have_wget2=0
if command -v wget2 >/dev/null; then have_wget2=1; else echo "wget2 not on PATH: measuring cookiescan only" >&2; fi

# start_site LATENCY starts the site and sets site_url.
start_site() {
	mkfifo "$work/site.in"
	COOKIESCAN_SYNTHETIC_SITE="$pages,$1" "$work/scanner.test" -test.run='^TestServeSyntheticSite$' -test.count=1 \
		<"$work/site.in" >"$work/site.out" &
	site_pid=$!
	exec 3>"$work/site.in" # the site serves until this closes
	for _ in $(seq 100); do
		site_url=$(head -n1 "$work/site.out" 2>/dev/null || true)
		[ -n "$site_url" ] && return
		sleep 0.1
	done
	echo "the site did not start" >&2
	exit 1
}

stop_site() {
	exec 3>&-
	wait "$site_pid" || true
	site_pid=""
	rm -f "$work/site.in" "$work/site.out"
}

# measure NAME CMD... runs CMD under /usr/bin/time and appends
# "wall cpu maxrss_kb" to $work/NAME.
measure() {
	local name=$1
	shift
	/usr/bin/time -f '%e %U %S %M' -o "$work/time" "$@" >/dev/null 2>"$work/stderr" || true
	read -r wall user sys rss <"$work/time"
	echo "$wall $(echo "$user + $sys" | bc) $rss" >>"$work/$name"
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }

report() {
	local name=$1
	[ -s "$work/$name" ] || return 0
	printf '%-10s wall %6.2f s  cpu %6.2f s  peak %5.1f MB\n' "$2" \
		"$(cut -d' ' -f1 "$work/$name" | median)" \
		"$(cut -d' ' -f2 "$work/$name" | median)" \
		"$(cut -d' ' -f3 "$work/$name" | median | awk '{print $1/1024}')"
}

echo "$(nproc) cores, load average $(cut -d' ' -f1-3 /proc/loadavg), $rounds rounds, medians"
for latency in 0ms 20ms; do
	start_site "$latency"
	for concurrency in 8 32; do
		rm -f "$work/cs" "$work/wget2"
		for _ in $(seq "$rounds"); do
			measure cs "$work/cookiescan" scan --concurrency "$concurrency" --rate 1000000 \
				--max-pages $((pages + 100)) --format json "$site_url/p/0"
			if [ "$have_wget2" = 1 ]; then
				rm -rf "$work/mirror"
				measure wget2 wget2 --recursive --level=inf --max-threads="$concurrency" --robots=off \
					--no-verbose --quiet --directory-prefix="$work/mirror" --delete-after "$site_url/p/0"
			fi
		done
		echo "latency $latency, concurrency $concurrency (floor $(echo "scale=2; $pages * ${latency%ms} / 1000 / $concurrency" | bc) s):"
		report cs cookiescan
		report wget2 wget2
	done
	stop_site
done
