#!/usr/bin/env bash
# Acceptance run on real configurations: bench/acceptance.sh [CORPUS_DIR]
#
# Does with every file of CORPUS_DIR (default: ../shared/corpus from the project root), and then
# with all of them together, what a new user does with their own Vapi configuration, through the
# ./ferry CLI only: load it into a sandbox dev org, make a new platform repo, export dev into it,
# validate, apply to an empty uat org, and check that dev and uat are in sync. What export cannot move
# to another org (a dashboard credential, a hand-uploaded file) is made in uat and prod and named
# through a per-environment param, as the README tells users. With the files that
# went through, together, it then applies prod, changes one assistant in dev through the
# sandbox's API, stages the promotion on a branch and checks that the prod plan of that branch
# holds exactly that change. Last, it opens the workbench in tmux on that repo and saves the
# matrix and the diff of the changed assistant (dev against Git) in bench/out/.
#
# Everything runs on 127.0.0.1 in a temporary folder (kept, and named at the end, for reading).
# Prints one table row per file, why each failed step failed, and exits non-zero if any step fails.
set -uo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
corpus="$(cd "${1:-$root/../shared/corpus}" && pwd)" || { echo "usage: bench/acceptance.sh [CORPUS_DIR]" >&2; exit 2; }
ferry="$root/ferry"
out="$root/bench/out"
work="$(mktemp -d "${TMPDIR:-/tmp}/ferry-acceptance.XXXXXX")"
session="ferry-acceptance-$$"  # also the name of a tmux server of its own, so no one else's sessions are touched
sandbox_pid=""
started=$SECONDS
mkdir -p "$out"

cleanup() {
  tmux -L "$session" kill-server 2>/dev/null || true
  rm -f "${TMUX_TMPDIR:-/tmp}/tmux-$(id -u)/$session"
  if [[ -n "$sandbox_pid" ]]; then kill "$sandbox_pid" 2>/dev/null; wait "$sandbox_pid" 2>/dev/null; fi
}
trap cleanup EXIT
trap 'exit 130' INT TERM

git_commit() { # DIR MESSAGE: commit everything, as a user without a Git identity configured could
  git -C "$1" add -A && git -C "$1" -c user.name=acceptance -c user.email=acceptance@example.invalid \
    commit -q --allow-empty -m "$2"
}

env_org() { # REPO ENV: the org that `ferry init` gave the environment
  awk -v env="  $2:" '$0 == env {found = 1} found && $1 == "org:" {print $2; exit}' "$1/environments.yaml"
}

free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])'; }

# Starts `ferry sandbox` on the repo's sandbox folder, so that every later command joins it and
# curl can reach the dev org; fills dev from IN first. Sets base and sandbox_pid.
start_sandbox() { # REPO IN ORG LOG
  local port; port="$(free_port)"; base=""
  "$ferry" sandbox --data "$1/.ferry/sandbox" --port "$port" --load "$2" --org "$3" >"$4" 2>&1 &
  sandbox_pid=$!
  for _ in $(seq 1 300); do
    grep -q '^http://127.0.0.1' "$4" 2>/dev/null && { base="http://127.0.0.1:$port"; return 0; }
    kill -0 "$sandbox_pid" 2>/dev/null || break
    sleep 0.1
  done
  return 1
}

stop_sandbox() {
  [[ -n "$sandbox_pid" ]] || return 0
  kill "$sandbox_pid" 2>/dev/null; wait "$sandbox_pid" 2>/dev/null; sandbox_pid=""
}

failures=0
rows=()
reasons=()
passed=()
mark() { if [[ "$1" == 0 ]]; then echo ok; else echo FAIL; fi; }

# The first line of a failed step's log that says why: Ferry's own message, else the last line.
reason() { # NAME STEP LOG
  local line
  line="$(grep -m1 -E '^ferry: |: error: ' "$3" 2>/dev/null || tail -n 1 "$3" 2>/dev/null)"
  reasons+=("$1: $2: ${line#ferry: }")
}

# What export cannot carry to another org (a credential made in the dashboard rather than from an
# authRef, a file uploaded by hand) is handled the way the README tells users to: the object is made
# in uat and prod as well, and the documents name it through a param holding each environment's id.
provide_unmovable() { # REPO DIR BASE
  local repo="$1" dir="$2" base="$3" n=0 kind id param uat prod
  : >"$dir/unmovable.txt"
  while read -r kind id; do
    [[ -n "$kind" ]] || continue
    n=$((n + 1)); param="$kind$n"; uat=""; prod=""
    # Made under the name it has in dev, as a team would, so that the orgs compare alike.
    local label
    label="$(curl -sf -H "Authorization: Bearer sandbox-$(env_org "$repo" dev)" "$base/$kind/$id" | jq -r .name)"
    for env in uat prod; do
      local token made
      token="sandbox-$(env_org "$repo" "$env")"
      if [[ $kind == credential ]]; then
        made="$(jq -nc --arg name "$label" --arg token "made-up-$param" \
                 '{provider: "custom-credential", name: $name, authenticationPlan: {type: "bearer", token: $token}}' \
               | curl -sf -X POST -H "Authorization: Bearer $token" -H 'Content-Type: application/json' -d @- \
                   "$base/credential" | jq -r .id)"
      else
        mkdir -p "$dir/$param" && printf 'Stand-in for a file uploaded by hand.\n' >"$dir/$param/$label"
        made="$(curl -sf -X POST -H "Authorization: Bearer $token" -F "file=@$dir/$param/$label" "$base/file" \
               | jq -r .id)"
      fi
      [[ "$made" =~ ^[0-9a-f-]{36}$ ]] || { echo "cannot make $kind $param in $env" >>"$dir/unmovable.txt"; return 1; }
      if [[ $env == uat ]]; then uat="$made"; else prod="$made"; fi
    done
    grep -rlF --include='*.yaml' --exclude-dir=.ferry "$id" "$repo" \
      | xargs -r sed -i "s/unresolved:$id/\${params.$param}/g; s/$id/\${params.$param}/g"
    printf '%s %s %s %s\n' "$param" "$id" "$uat" "$prod" >>"$dir/unmovable.txt"
  done < <(sed -nE -e "s/^note: .* refers to credential ([0-9a-f-]{36}), which is not exported.*/credential \1/p" \
                   -e "s/^note: file '.*' \(([0-9a-f-]{36})\) belongs to no exported knowledge base.*/file \1/p" \
                   "$dir/export.log" | sort -u)
  [[ $n == 0 ]] && return 0
  # One params entry per environment: into its params block, or a new one at the end of its block.
  awk -v table="$dir/unmovable.txt" '
    BEGIN { while ((getline line < table) > 0) { split(line, f, " "); names[++count] = f[1];
            value["dev", count] = f[2]; value["uat", count] = f[3]; value["prod", count] = f[4] } }
    function emit(env, indent,   i) { for (i = 1; i <= count; i++) print indent names[i] ": " value[env, i]; done[env] = 1 }
    function close_env() { if (env != "" && !done[env]) { print "    params:"; emit(env, "      ") } }
    /^environments:/ { inside = 1; print; next }
    inside && /^  [a-z][a-z0-9-]*:$/ { close_env(); env = substr($1, 1, length($1) - 1); print; next }
    inside && /^[^ #]/ { close_env(); env = ""; inside = 0 }
    { print }
    inside && env != "" && /^    params:$/ { emit(env, "      ") }
    END { close_env() }
  ' "$repo/environments.yaml" >"$dir/environments.yaml" && mv "$dir/environments.yaml" "$repo/environments.yaml"
}

# One case: a folder of configurations through load, export, validate, apply and diff.
# Leaves the sandbox of the case serving, for the promotion check of the combined case.
run_case() { # NAME IN
  local name="$1" in="$2" dir="$work/$1" repo="$work/$1/platform-$1"
  local loaded=skip exported=skip valid=skip applied=skip insync=skip
  mkdir -p "$dir"
  {
    "$ferry" init "$repo" && git -C "$repo" init -q && git_commit "$repo" "Empty platform repo"
  } >"$dir/init.log" 2>&1
  local org
  org="$(env_org "$repo" dev)"
  if start_sandbox "$repo" "$in" "$org" "$dir/sandbox.log"; then loaded=ok; else loaded=FAIL; fi
  echo "$base" >"$dir/base-url"
  if [[ $loaded == ok ]]; then
    "$ferry" -C "$repo" export --env dev >"$dir/export.log" 2>&1 \
      && [[ -n "$(find "$repo" -path "$repo/.ferry" -prune -o -name '*.yaml' ! -name environments.yaml -print -quit)" ]]
    exported=$(mark $?)
    [[ $exported == ok ]] || reason "$name" export "$dir/export.log"
    if [[ $exported == ok ]] && ! provide_unmovable "$repo" "$dir" "$base"; then
      exported=FAIL; reason "$name" "make what export cannot move" "$dir/unmovable.txt"
    fi
  fi
  if [[ $exported == ok ]]; then
    "$ferry" -C "$repo" validate >"$dir/validate.log" 2>&1
    valid=$(mark $?)
    [[ $valid == ok ]] || reason "$name" validate "$dir/validate.log"
    git_commit "$repo" "Export dev" >>"$dir/init.log" 2>&1
  fi
  if [[ $valid == ok ]]; then
    # uat is ci-only: a saved plan, --approve and CI=true, as the deploy workflow does it.
    ( cd "$repo" && CI=true "$ferry" plan --env uat --out "$dir/uat.plan.json" \
        && CI=true "$ferry" apply --env uat --plan "$dir/uat.plan.json" --approve ) >"$dir/apply.log" 2>&1
    applied=$(mark $?)
    [[ $applied == ok ]] || reason "$name" apply "$dir/apply.log"
  fi
  if [[ $applied == ok ]]; then
    "$ferry" -C "$repo" diff --from dev --to uat --exit-code >"$dir/diff.log" 2>&1
    insync=$(mark $?)
    [[ $insync == ok ]] || reason "$name" diff "$dir/diff.log"
  fi
  [[ $loaded == FAIL ]] && reason "$name" load "$dir/sandbox.log"
  [[ "$loaded $exported $valid $applied $insync" == *FAIL* ]] && failures=$((failures + 1))
  [[ $insync == ok && $name != all ]] && passed+=("$in")
  rows+=("$(printf '%-48s %-7s %-9s %-6s %-8s %-8s' "$name" "$loaded" "$exported" "$valid" "$applied" "$insync")")
}

# Change one assistant in dev through the API, promote it, and check the prod plan of the branch.
promotion_check() { # NAME
  local dir="$work/$1" repo="$work/$1/platform-$1" base token slug name id branch
  base="$(cat "$dir/base-url")"; token="sandbox-$(env_org "$repo" dev)"
  git_commit "$repo" "uat applied" >>"$dir/init.log" 2>&1
  # prod is protected: the promotion checklist wants uat's test verdict (as the deploy workflow runs
  # ferry test after uat's apply), a ticket, an approver and two confirmations.
  ( cd "$repo" && "$ferry" test --env uat && CI=true "$ferry" plan --env prod --out "$dir/prod.plan.json" \
      && CI=true "$ferry" apply --env prod --plan "$dir/prod.plan.json" --approve --ticket ACC-1 \
           --approved-by acceptance --confirm expected-changes,monitoring ) >"$dir/prod-apply.log" 2>&1 \
    || { echo "prod apply failed, see $dir/prod-apply.log"; return 1; }
  git_commit "$repo" "prod applied" >>"$dir/init.log" 2>&1
  for file in "$repo"/assistants/*.yaml; do
    [[ "$(basename "$file")" == stub-* ]] && continue
    slug="$(basename "$file" .yaml)"; break
  done
  [[ -n "${slug:-}" ]] || { echo "no assistant to change"; return 1; }
  name="$("$ferry" -C "$repo" render --env dev "$slug" --output json 2>/dev/null | jq -r '.. | .name? // empty' | head -1)"
  id="$(curl -sf -H "Authorization: Bearer $token" "$base/assistant?limit=1000" \
        | jq -r --arg n "$name" '[.[] | select(.name == $n)][0].id')"
  [[ "$id" =~ ^[0-9a-f-]{36}$ ]] || { echo "assistant '$name' not found in dev"; return 1; }
  curl -sf -X PATCH -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
    -d '{"firstMessage":"Hello from the acceptance run."}' "$base/assistant/$id" >/dev/null \
    || { echo "PATCH of $slug in dev failed"; return 1; }
  branch="$("$ferry" -C "$repo" promote --from dev --to uat "$slug" 2>"$dir/promote.log" | awk 'NR == 1 {print $1}')"
  [[ -n "$branch" ]] || { echo "promote failed, see $dir/promote.log"; return 1; }
  "$ferry" -C "$repo" plan --env prod --rev "$branch" --output json >"$dir/prod-branch.plan.json" 2>"$dir/plan.log" \
    && jq -e '.actions | type == "array"' "$dir/prod-branch.plan.json" >/dev/null \
    || { echo "FAIL: no prod plan of $branch: $(head -n 1 "$dir/plan.log")"; return 1; }
  local changes
  changes="$(jq -c '[.actions[] | select(.action != "no-op") | {action, kind, slug, write}]' \
             "$dir/prod-branch.plan.json")"
  echo "$changes" >"$dir/prod-branch.changes.json"
  if jq -e --arg s "$slug" 'length == 1 and .[0].action == "update" and (.[0].kind | ascii_downcase) == "assistant"
        and .[0].slug == $s and .[0].write == ["firstMessage"]' <<<"$changes" >/dev/null; then
    echo "ok: $slug edited in dev, promoted on $branch; prod plan of the branch: 1 update ($slug: firstMessage), $(jq '[.actions[] | select(.action == "no-op")] | length' "$dir/prod-branch.plan.json") no-op"
  else
    echo "FAIL: prod plan of $branch is not exactly the change of $slug: $changes"; return 1
  fi
}

workbench() { # NAME SLUG
  local repo="$work/$1/platform-$1"
  tmux -L "$session" new-session -d -s "$session" -x 200 -y 50 "cd '$repo' && '$ferry' -C '$repo'; sleep 600" || return 1
  local screen previous=""
  for _ in $(seq 1 120); do
    sleep 1
    screen="$(tmux -L "$session" capture-pane -p -t "$session")"
    # settled: nothing loading, nothing spinning, and the same frame twice
    if [[ "$screen" == "$previous" ]] && grep -qE '= [0-9]+ in sync' <<<"$screen" \
        && ! grep -qE '│ +… +│' <<<"$screen"; then break; fi
    previous="$screen"
  done
  printf '%s\n' "$screen" >"$out/acceptance-matrix.txt"
  # the promoted assistant's dev cell: Enter diffs it against Git, the column on its left
  tmux -L "$session" send-keys -t "$session" / && sleep 0.5 && tmux -L "$session" send-keys -t "$session" -l "${2:-}" && sleep 0.5
  tmux -L "$session" send-keys -t "$session" Enter && sleep 1
  tmux -L "$session" send-keys -t "$session" h h h h l Enter
  sleep 3
  tmux -L "$session" capture-pane -p -t "$session" >"$out/acceptance-diff.txt"
  tmux -L "$session" send-keys -t "$session" Q
  sleep 1
  tmux -L "$session" kill-server 2>/dev/null
  grep -q '[=~+!?]' "$out/acceptance-matrix.txt"
}

echo "ferry acceptance run on $corpus (work folder $work)"
header="$(printf '%-48s %-7s %-9s %-6s %-8s %-8s' file loaded exported valid applied "in sync")"
for file in "$corpus"/*; do
  [[ -f "$file" ]] || continue
  case "$file" in *.json|*.yaml|*.yml|*.md) ;; *) continue ;; esac
  [[ "$(basename "$file")" == SOURCES.md ]] && continue
  in="$work/in/$(basename "$file")"; mkdir -p "$in"; cp "$file" "$in/"
  run_case "$(basename "${file%.*}")" "$in"
  stop_sandbox
done
run_case all "$corpus"
stop_sandbox
# The promotion check needs dev, uat and prod in step: it runs on every file that went through.
mkdir -p "$work/in/movable"
for in in "${passed[@]}"; do cp "$in"/* "$work/in/movable/"; done
run_case movable "$work/in/movable"
promotion="$(promotion_check movable)"; promotion_rc=$?
stop_sandbox
[[ $promotion_rc == 0 ]] || failures=$((failures + 1))
promoted="$(sed -n 's/^ok: \([^ ]*\) edited.*/\1/p' <<<"$promotion")"
workbench movable "$promoted"; workbench_rc=$?
[[ $workbench_rc == 0 ]] || failures=$((failures + 1))

echo
echo "$header"
printf '%s\n' "${rows[@]}"
echo
[[ ${#reasons[@]} == 0 ]] || { echo "why:"; printf '  %s\n' "${reasons[@]}"; echo; }
echo "promotion ($(ls "$work/in/movable" | wc -l) files that went through, together): $promotion"
if [[ $workbench_rc == 0 ]]; then
  echo "workbench: ok: matrix and one diff saved in bench/out/acceptance-{matrix,diff}.txt"
else
  echo "workbench: FAIL: see bench/out/acceptance-matrix.txt"
fi
echo "total: $((SECONDS - started)) s; logs in $work"
[[ $failures == 0 ]]
