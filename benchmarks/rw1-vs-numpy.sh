#!/usr/bin/env bash
# RW1 side by side: numpy (shared/perf/rw1_numpy.py) and the engine, alternating A B A B in one
# session as RW1.md asks, then the medians and their ratio. Usage (from the repository root, after
# `mvn -B -ntp package -DskipTests`): benchmarks/rw1-vs-numpy.sh [PAIRS] [N] [THREADS]
set -euo pipefail
pairs="${1:-5}"; n="${2:-1000000}"; threads="${3:-2}"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
numpy_script="$root/../shared/perf/rw1_numpy.py"
numpy_walls=(); engine_walls=()
for ((i = 1; i <= pairs; i++)); do
  a=$(python3 "$numpy_script" --n "$n" --repeat 1 --threads "$threads" | awk '/^run 0: wall/ {print $4}')
  b=$(java -Xmx4g -cp "$root/benchmarks/target/benchmarks.jar" dev.zhanwang.sim.Rw1Timing \
        --n "$n" --threads "$threads" --warmup 3 --repeat 1 | awk '/^run 0: wall/ {print $4}')
  echo "pair $i: numpy $a s, engine $b s"
  numpy_walls+=("$a"); engine_walls+=("$b")
done
median() { printf '%s\n' "$@" | sort -g | awk '{v[NR]=$1} END {print (NR%2 ? v[(NR+1)/2] : (v[NR/2]+v[NR/2+1])/2)}'; }
mn=$(median "${numpy_walls[@]}"); me=$(median "${engine_walls[@]}")
echo "medians over $pairs alternating pairs, N=$n, $threads threads: numpy $mn s, engine $me s, ratio $(awk -v a="$mn" -v b="$me" 'BEGIN {printf "%.2f", a/b}')"
