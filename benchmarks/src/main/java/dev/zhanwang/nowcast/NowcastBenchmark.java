package dev.zhanwang.nowcast;

import dev.zhanwang.data.Actual;
import dev.zhanwang.data.Actuals;
import dev.zhanwang.data.Figure;
import dev.zhanwang.model.IndicatorSpec;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.SimulationPlan;
import dev.zhanwang.sim.SimulationResult;
import dev.zhanwang.sim.Simulator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
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
 * What a nowcast costs against a full-year run of the same scenario, the shipped baseline, on one
 * thread (the nowcast runs on one): {@code nowcast} with {@code asOf} 6 conditions every
 * indicator it nowcasts on a June year to date and simulates July to December; with
 * {@code asOf} 0 it simulates the whole year through the same code; {@code fullYearRun} is
 * {@code forecast run}'s kernel (every indicator's twelve months, quantiles of every
 * year-to-date series, P(met)) at the same paths. The June actuals are the scenario's own
 * expected year to date (a flow's value, a rate's growth), one row per indicator.
 *
 * <p>Run from the repository root (after {@code mvn -B -ntp package -DskipTests}):
 * {@code java -jar benchmarks/target/benchmarks.jar NowcastBenchmark -f 1 -wi 3 -i 5 -w 2s
 * -r 2s}; compare {@code nowcast} at {@code asOf=6} with {@code fullYearRun} and with
 * {@code nowcast} at {@code asOf=0}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx3g"})
public class NowcastBenchmark {
  private static final String BASELINE = "scenarios/liudong-2023-baseline.yaml";
  private static final long SEED = 20230203L;

  @Param({"1000000"})
  public int paths;

  @Param({"6", "0"})
  public int asOf;

  private Scenario scenario;
  private Actuals actuals;
  private SimulationPlan plan;
  private RunSettings settings;

  @Setup
  public void setUp() {
    scenario = ScenarioLoader.load(find(BASELINE));
    List<Actual> rows = new ArrayList<>();
    for (IndicatorSpec spec : scenario.indicators()) {
      rows.add(june(spec));
    }
    actuals = new Actuals(scenario.file(), scenario.year(), rows);
    plan = PlanCompiler.compile(scenario).plan();
    settings = RunSettings.of(paths, SEED).withThreads(1);
  }

  @Benchmark
  public double[] nowcast() {
    return Nowcaster.probabilitiesAsOf(scenario, actuals, asOf, paths, SEED);
  }

  @Benchmark
  public SimulationResult fullYearRun() {
    return Simulator.run(plan, settings, Simulator.Progress.NONE);
  }

  /** JMH's own cost of calling a benchmark method and consuming its result. */
  @Benchmark
  public Actuals baseline() {
    return actuals;
  }

  /** The scenario's expected June year to date: a flow's value, a rate's growth. */
  private Actual june(IndicatorSpec spec) {
    double g = spec.growthPct();
    if (!spec.flow()) {
      return new Actual(spec.id(), 6, false, OptionalDouble.empty(), OptionalDouble.of(g), "", 0);
    }
    double level = scenario
        .baseline()
        .figure(spec.id())
        .filter(Figure::hasLevel)
        .map(f -> f.value().getAsDouble())
        .orElseThrow();
    double[] shares = spec.seasonality();
    double done = 0.0;
    for (int t = 0; t < 6; t++) {
      done += shares[t];
    }
    return new Actual(
        spec.id(),
        6,
        false,
        OptionalDouble.of(level * done * (1 + g / 100)),
        OptionalDouble.empty(),
        "",
        0);
  }

  /** {@code relative} from the working folder or a folder above it. */
  private static Path find(String relative) {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      if (Files.isRegularFile(dir.resolve(relative))) {
        return dir.resolve(relative);
      }
    }
    throw new IllegalStateException(relative + " not found from " + Path.of("").toAbsolutePath());
  }
}
