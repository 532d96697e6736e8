#!/usr/bin/env bash
# Refreshes the seed corpora of tests/fuzz/corpus/ from a real sandbox's answers:
#   tests/fuzz/fetch-seeds.sh build/ci/bin/backup-console-sandbox
# Starts the sandbox on a free port with the demo data, fetches with curl, keeps small files
# (a few KB each). Cron specs, fault rules and the audit log are written by hand (the sandbox
# has none of them to answer); they are not touched here.
set -euo pipefail
sandbox=$(realpath "${1:?usage: $0 SANDBOX_BIN}")
cd "$(dirname "$0")"
out=corpus
data=$(mktemp -d)
port=$((20000 + RANDOM % 20000))
"$sandbox" --seed demo --listen "127.0.0.1:$port" --data "$data" --time-scale 0.02 >"$data/log" 2>&1 &
pid=$!
trap 'rc=$?; kill $pid 2>/dev/null || true; [ $rc -eq 0 ] || cat "$data/log" >&2; rm -rf "$data"' EXIT
base=http://127.0.0.1:$port
for _ in $(seq 50); do curl -sf "$base/__sandbox/health" >/dev/null && break; sleep 0.1; done

token() {
    curl -s -X POST "$base/oauth2/token" -d grant_type=api_token -d "api_token=$1" \
        | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"])'
}
admin=$(token sandbox-admin)
viewer=$(token sandbox-viewer)
get() { curl -s -H "Authorization: Bearer $admin" "$base/api/$1"; }
# first N elements of a JSON list, or element I
first() { python3 -c "import json,sys; d=json.load(sys.stdin); print(json.dumps(d[$1], separators=(',',':')))"; }
save() { mkdir -p "$out/$1"; cat >"$out/$1/$2"; }

p=acmeblogeu3002
get projects/$p | save fuzz_decode_project project-eu3.json
get projects/acmeshopeu0001 | save fuzz_decode_project project-legacy.json
get "ref/projects?in=$p,globexapius003" | save fuzz_decode_project ref-projects.json
get me | save fuzz_decode_project me.json

get projects/$p/environments/main | save fuzz_decode_environment main.json
get projects/$p/environments | first 1 | save fuzz_decode_environment list-1.json
get projects/$p/environments | first -1 | save fuzz_decode_environment list-last.json

get projects/$p/environments/main/backups | first 0 | save fuzz_decode_backup main-0.json
get projects/acmeshopeu0001/environments/main/backups | first -1 | save fuzz_decode_backup legacy-last.json
get projects/$p/environments/main/backups | first 2 | save fuzz_decode_backup main-2.json

get "projects/$p/activities?count=5" | first 0 | save fuzz_decode_activity newest.json
get "projects/$p/activities?count=25" | first -1 | save fuzz_decode_activity older.json
get "projects/acmeshopeu0001/activities?count=25&type=environment.restore" | first 0 \
    | save fuzz_decode_activity restore.json

post() { curl -s -X "$1" -H "Authorization: Bearer $admin" -H 'Content-Type: application/json' \
    --data "$3" "$base/api/$2"; }
post POST projects/$p/environments/staging/backups '{"safe":false}' \
    | save fuzz_decode_accepted backup-live.json
post PATCH projects/$p/settings \
    '{"data_retention":{"production":{"max_backups":20,"default_config":{"manual_count":3,"schedule":[{"interval":"1d","count":7},{"interval":"1w","count":4}]}}}}' \
    | save fuzz_decode_accepted settings-patch.json
get projects/$p/settings | save fuzz_decode_settings with-retention.json
get projects/globexcrmus204/settings | save fuzz_decode_settings null-retention.json

get projects/nope | save fuzz_error_body not-found.json
curl -s -H "Authorization: Bearer $viewer" -X POST -H 'Content-Type: application/json' \
    --data '{}' "$base/api/projects/$p/environments/main/backups" | save fuzz_error_body forbidden.json
post POST projects/$p/environments/main/backups '{"safe":' | save fuzz_error_body malformed.json
post POST projects/$p/environments/main/backups '{"safe":1}' | save fuzz_error_body wrong-type.json
curl -s "$base/api/projects/$p" | save fuzz_error_body unauthorized.json
curl -s -X POST "$base/oauth2/token" -d grant_type=password | save fuzz_error_body oauth.json

printf '%s' "$admin" | save fuzz_jwt admin-token.txt
curl -s -X POST "$base/oauth2/token" -d grant_type=api_token -d api_token=sandbox-support \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["access_token"], end="")' \
    | save fuzz_jwt support-token.txt

log=$(get "projects/$p/activities?count=1&type=environment.backup" \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["_links"]["log"]["href"])')
get "${log#/api/}" | save fuzz_logstream backup-log.ndjson
get "${log#/api/}?start_at=2" | save fuzz_logstream backup-log-from-2.ndjson

# Hrefs as the server writes them (_links of the answers above).
get projects/$p/environments/main/backups | first 0 \
    | python3 -c 'import json,sys; print(json.load(sys.stdin)["_links"]["#restore"]["href"], end="")' \
    | save fuzz_hrefs restore.txt
get projects/$p | python3 -c 'import json,sys; print(json.load(sys.stdin)["_links"]["self"]["href"], end="")' \
    | save fuzz_hrefs self-regional.txt
printf '%s?start_at=3' "$log" | save fuzz_hrefs log-start-at.txt

# Bodies the sandbox reads, as the console sends them.
printf '{"safe":true}' | save fuzz_sandbox_body backup.json
printf '{"environment_name":"restored","branch_from":"main","restore_code":false,"resources":{"init":"parent"},"ticket":"SUP-7"}' \
    | save fuzz_sandbox_body restore.json
printf '{"rule":"/api/projects/*/environments/*/backups=status:503,times=1,method=POST"}' \
    | save fuzz_sandbox_body fault.json
printf '{"data_retention":{"staging":{"default_config":{"manual_count":2,"schedule":[{"interval":"2w","count":3}]}}}}' \
    | save fuzz_sandbox_body settings.json
echo "seeds written under $(pwd)/$out"
