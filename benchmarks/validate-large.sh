#!/usr/bin/env bash
# Times `forecast validate` on a generated scenario of N indicators (default 5,000): figures and
# targets CSVs of N rows, models in turn iid-lognormal, ar1-monthly, student-t, negative-binomial,
# and a 50 x 50 correlation block. Usage (from the repository root, after
# `mvn -B -ntp package -DskipTests`): benchmarks/validate-large.sh [N] [REPEATS]; KEEP=1 keeps the
# generated files and prints their folder, for profiling.
set -euo pipefail
n="${1:-5000}"; repeats="${2:-5}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
dir="$(mktemp -d)"
trap 'rm -rf "$dir"' EXIT
[[ -n "${KEEP:-}" ]] && trap - EXIT && echo "scenario in $dir"
python3 - "$dir" "$n" <<'PY'
import sys
d, n = sys.argv[1], int(sys.argv[2])
models = ["iid-lognormal", "ar1-monthly", "student-t", "negative-binomial"]
with open(f"{d}/figures.csv", "w", encoding="utf-8") as f, open(f"{d}/targets.csv", "w", encoding="utf-8") as t:
    f.write("id,name_zh,name_en,unit,value,growth_pct,scope,source\n")
    t.write("id,indicator,name_zh,name_en,unit,value,growth_pct,scope,source\n")
    for k in range(n):
        f.write(f"x{k},指标{k},indicator {k},个,{1000 + k},,generated,generated\n")
        t.write(f"x{k}_target,x{k},目标{k},target {k},个,{1100 + k},,generated,generated\n")
with open(f"{d}/large.yaml", "w", encoding="utf-8") as s:
    s.write(f"name: large-{n}\ndescription: {n} generated indicators\n")
    s.write("data:\n  figures: figures.csv\n  targets: targets.csv\nsimulation:\n  year: 2023\n  paths: 100000\n  seed: 1\n")
    s.write("indicators:\n")
    for k in range(n):
        model = models[k % len(models)]
        s.write(f"  x{k}:\n    model: {model}\n    growth_pct: {5 + k % 10}\n")
        s.write({"ar1-monthly": "    sigma: 0.02\n    phi: 0.5\n",
                 "student-t": "    uncertainty_pct: 3\n    df: 5\n"}.get(model, "    uncertainty_pct: 3\n"))
    block = range(0, 200, 4)  # 50 iid-lognormal indicators
    s.write("correlation:\n  indicators:\n")
    s.write("".join(f"    - x{k}\n" for k in block))
    s.write("  matrix:\n")
    for i in range(len(block)):
        s.write("    - [" + ", ".join("1.0" if i == j else "0.2" for j in range(len(block))) + "]\n")
PY
walls=()
for ((i = 1; i <= repeats; i++)); do
  start=$(date +%s.%N)
  "$root/forecast" validate "$dir/large.yaml" > /dev/null
  walls+=("$(awk -v s="$start" -v e="$(date +%s.%N)" 'BEGIN {printf "%.2f", e - s}')")
done
echo "validate, $n indicators, $repeats runs: ${walls[*]} s; median $(printf '%s\n' "${walls[@]}" | sort -g | awk '{v[NR]=$1} END {print v[int((NR+1)/2)]}') s"
