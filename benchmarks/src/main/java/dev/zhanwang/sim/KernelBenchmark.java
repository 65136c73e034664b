package dev.zhanwang.sim;

import dev.zhanwang.scenario.RunSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The whole simulation core on RW1's sizes (12 indicators x 12 months, quantiles of all 144
 * year-to-date series, P(target met) and P(all met)) per model variant, path count, thread count
 * and quantile method (exact selection from stored values, or the binned sketch). The exact
 * method's store is allocated once per trial, as RW1's timing rules ask.
 *
 * <p>Run (after {@code mvn -B -ntp package -DskipTests}):
 * {@code java -jar benchmarks/target/benchmarks.jar KernelBenchmark.simulate -p model=ar1-monthly
 * -p quantiles=exact -p threads=1}. Divide the score by {@code paths} for the time per path.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class KernelBenchmark {
  @Param({"ar1-monthly", "iid-lognormal"})
  public String model;

  @Param({"10000", "100000", "1000000"})
  public int paths;

  /** 0 means every core. */
  @Param({"1", "0"})
  public int threads;

  /** exact: every value stored, order statistics selected; binned: the bounded-memory sketch. */
  @Param({"exact", "binned"})
  public String quantiles;

  private SimulationPlan plan;
  private RunSettings settings;
  private Simulator.Workspace workspace;

  @Setup
  public void setUp() {
    plan = Rw1.plan(model);
    settings =
        RunSettings.of(paths, Rw1.SEED, threads == 0 ? RunSettings.defaultThreads() : threads);
    workspace = quantiles.equals("exact") ? Simulator.Workspace.allocate(plan, settings) : null;
  }

  @Benchmark
  public SimulationResult simulate() {
    return workspace == null
        ? Simulator.runBinned(plan, settings, Simulator.Progress.NONE)
        : Simulator.run(plan, settings, Simulator.Progress.NONE, workspace);
  }

  /** JMH's own cost of calling a benchmark method and consuming its result. */
  @Benchmark
  public SimulationPlan baseline() {
    return plan;
  }
}
