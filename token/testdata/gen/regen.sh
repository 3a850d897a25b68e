#!/usr/bin/env bash
# Regenerates ../fixtures.json with the real libraries. Needs network access to npm and the Go
# module proxy, and Debian's python3-flask python3-django python3-tornado python3-bottle
# ruby-actionpack php-illuminate-encryption php-illuminate-cookie. Strong secrets are random on every run.
set -euo pipefail
cd "$(dirname "$0")"
gen=$(pwd)
work=${TOKGEN:-/tmp/tokgen}
mkdir -p "$work"
cp package.json "$work/"
(cd "$work" && npm install --silent --no-audit --no-fund)
tmp=$(mktemp -d)
/usr/bin/python3 gen_python.py >"$tmp/1.json"
(cd "$work" && NODE_PATH="$work/node_modules" node "$gen/gen_node.js") >"$tmp/2.json"
ruby gen_ruby.rb >"$tmp/3.json"
php gen_php.php >"$tmp/4.json"
(cd gorilla && go run .) >"$tmp/5.json"
/usr/bin/python3 gen_tornado_bottle.py >"$tmp/6.json"
(cd "$work" && NODE_PATH="$work/node_modules" node "$gen/gen_fastify_hapi.js") >"$tmp/7.json"
cp published.json "$tmp/8.json"
/usr/bin/python3 - "$tmp"/*.json >../fixtures.json <<'PY'
import json, sys
out = []
for f in sys.argv[1:]:
    out += json.load(open(f))
print(json.dumps(out, indent=1, ensure_ascii=False))
PY
rm -r "$tmp"
echo "wrote $(python3 -c 'import json;print(len(json.load(open("../fixtures.json"))))' ) fixtures to testdata/token/fixtures.json"
