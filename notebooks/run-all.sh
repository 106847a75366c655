#!/usr/bin/env bash
# Runs every notebook in this folder headless with dotnet-repl (the local tool in .config/dotnet-tools.json)
# against the Release build of the repository; build first: `dotnet build -c Release`.
# Prints "notebook NAME: ok" or "notebook NAME: FAILED" per notebook, then "notebooks: N passed, N failed".
# Exit code: 0 only when every notebook ran without a failing cell and none was committed with outputs.
set -uo pipefail
shopt -s nullglob
cd "$(dirname "$0")"

if [ ! -f ../src/Rdsim.Cli/bin/Release/net10.0/Rdsim.Engine.dll ]; then
  echo "rdsim is not built: run 'dotnet build -c Release' in the repository first." >&2
  exit 1
fi
dotnet tool restore >/dev/null || { echo "dotnet tool restore failed (dotnet-repl)." >&2; exit 1; }

executed=$(mktemp -d)
trap 'rm -rf "$executed"' EXIT
passed=0
failed=0

# Notebooks are committed without outputs (they are bulky, and they go stale): clear them before committing.
stored_outputs() {
  python3 - "$1" <<'PY'
import json, sys
cells = json.load(open(sys.argv[1], encoding="utf-8"))["cells"]
sys.exit(1 if any(c.get("outputs") or c.get("execution_count") for c in cells if c["cell_type"] == "code") else 0)
PY
}

# The error of the first failing cell of an executed notebook (later cells usually fail because of it).
cell_errors() {
  python3 - "$1" <<'PY' 2>/dev/null || true
import json, sys
errors = [(i, o) for i, cell in enumerate(json.load(open(sys.argv[1], encoding="utf-8"))["cells"])
          for o in cell.get("outputs", []) if o.get("output_type") == "error"]
for i, o in errors[:1]:
    print(f"  cell {i + 1}: {o.get('evalue', '')}".rstrip())
if len(errors) > 1:
    print(f"  ({len(errors) - 1} later cell(s) failed too)")
PY
}

for notebook in *.ipynb; do
  name=${notebook%.ipynb}
  if command -v python3 >/dev/null && ! stored_outputs "$notebook"; then
    echo "notebook $name: FAILED (committed with outputs; clear them before committing)"
    failed=$((failed + 1))
    continue
  fi
  start=$(date +%s%N)
  dotnet dotnet-repl --run "$notebook" --exit-after-run --output-path "$executed/$notebook" </dev/null >"$executed/$name.log" 2>&1
  code=$?
  seconds=$(awk -v ns=$(( $(date +%s%N) - start )) 'BEGIN { printf "%.1f", ns / 1e9 }')
  if [ $code -eq 0 ]; then
    echo "notebook $name: ok (${seconds} s)"
    passed=$((passed + 1))
  else
    echo "notebook $name: FAILED (exit $code, ${seconds} s)"
    [ -f "$executed/$notebook" ] && command -v python3 >/dev/null && cell_errors "$executed/$notebook"
    tail -n 20 "$executed/$name.log" | sed 's/^/  /'
    failed=$((failed + 1))
  fi
done

echo "notebooks: $passed passed, $failed failed"
[ $failed -eq 0 ] && [ $passed -gt 0 ]
