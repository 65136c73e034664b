package dev.zhanwang.sim;

import dev.zhanwang.scenario.RunSettings;
import java.util.Arrays;
import java.util.Locale;

/**
 * RW1 timed the way {@code shared/perf/rw1_numpy.py} times itself, for side-by-side runs: the
 * timed region runs from the first random draw until every output (144 x 7 quantiles, 12
 * probabilities, P(all met)) is in memory; the store is allocated and touched before it, as RW1's
 * rules ask. Warm-up runs let the JIT compile the kernel first.
 *
 * <p>Run: {@code java -cp benchmarks/target/benchmarks.jar dev.zhanwang.sim.Rw1Timing --n 1000000
 * --threads 2 --warmup 3 --repeat 5}; {@code benchmarks/rw1-vs-numpy.sh} alternates it with numpy.
 */
public final class Rw1Timing {
  private Rw1Timing() {}

  public static void main(String[] args) {
    long n = 1_000_000;
    int threads = Runtime.getRuntime().availableProcessors();
    int warmup = 3;
    int repeat = 5;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--n" -> n = Long.parseLong(args[i + 1]);
        case "--threads" -> threads = Integer.parseInt(args[i + 1]);
        case "--warmup" -> warmup = Integer.parseInt(args[i + 1]);
        case "--repeat" -> repeat = Integer.parseInt(args[i + 1]);
        default ->
          throw new IllegalArgumentException(
              "unknown option " + args[i] + " (known: --n, --threads, --warmup, --repeat)");
      }
    }
    SimulationPlan plan = Rw1.plan(Rw1.AR1);
    RunSettings settings = RunSettings.of(n, Rw1.SEED, threads);
    Simulator.Workspace workspace = Simulator.Workspace.allocate(plan, settings);
    System.out.printf(Locale.ROOT, "RW1 zhanwang N=%d threads=%d warmup=%d%n", n, threads, warmup);
    for (int i = 0; i < warmup; i++) {
      Simulator.run(plan, settings, Simulator.Progress.NONE, workspace);
    }
    double[] walls = new double[repeat];
    SimulationResult result = null;
    for (int i = 0; i < repeat; i++) {
      long start = System.nanoTime();
      result = Simulator.run(plan, settings, Simulator.Progress.NONE, workspace);
      walls[i] = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "run %d: wall %.3f s%n", i, walls[i]);
    }
    double[] sorted = walls.clone();
    Arrays.sort(sorted);
    double median =
        repeat % 2 == 1 ? sorted[repeat / 2] : (sorted[repeat / 2 - 1] + sorted[repeat / 2]) / 2;
    System.out.printf(
        Locale.ROOT,
        "wall seconds: median %.3f  min %.3f  max %.3f  (n=%d runs)%n",
        median,
        sorted[0],
        sorted[repeat - 1],
        repeat);
    System.out.printf(
        Locale.ROOT,
        "P(YTD[11,0] >= target) = %.5f, P(all met) = %.6f%n",
        result.probabilityMet(0),
        result.probabilityAllMet());
  }
}
