package dev.zhanwang.sim;

import dev.zhanwang.scenario.RunSettings;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Paths per second of every model variant the kernel simulates, on RW1's sizes (12 indicators, 144
 * year-to-date series with exact quantiles) at 100,000 paths on every core. ets-trend and
 * bootstrap run with parameters as a history would give them (the fit itself happens once, when
 * the scenario is loaded, and is not timed).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar ModelVariantBenchmark} (after
 * {@code mvn -B -ntp package -DskipTests}); the score is paths per second.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class ModelVariantBenchmark {
  private static final int PATHS = 100_000;

  @Param({
    "iid-lognormal",
    "ar1-monthly",
    "split-normal",
    "student-t",
    "factor",
    "project-events",
    "ets-trend",
    "bootstrap",
    "negative-binomial"
  })
  public String model;

  private SimulationPlan plan;
  private final RunSettings settings = RunSettings.of(PATHS, Rw1.SEED);
  private Simulator.Workspace workspace;

  @Setup
  public void setUp() {
    plan = Rw1.plan(model);
    workspace = Simulator.Workspace.allocate(plan, settings);
  }

  @Benchmark
  @OperationsPerInvocation(PATHS)
  public SimulationResult simulate() {
    return Simulator.run(plan, settings, Simulator.Progress.NONE, workspace);
  }

  /** JMH's own cost of calling a benchmark method and consuming its result. */
  @Benchmark
  public SimulationPlan baseline() {
    return plan;
  }
}
