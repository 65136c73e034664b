package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.TargetAudit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.ForecastBuilder;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.ScenarioLoader;
import dev.zhanwang.sim.PlanCompiler;
import dev.zhanwang.sim.Simulator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Writing report.html and summary.xlsx of the baseline scenario (22 target checks, 19 fans, 61
 * charts), warm, into a temporary folder: the cost these two outputs add to every run.
 *
 * <p>Run (after {@code mvn -B -ntp package -DskipTests}, from the repository root):
 * {@code java -jar benchmarks/target/benchmarks.jar ReportsBenchmark -f 1 -wi 3 -i 5 -w 1s -r 1s}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ReportsBenchmark {
  private static final Path BASELINE = Path.of("scenarios/liudong-2023-baseline.yaml");

  private Forecast forecast;
  private Audit audit;
  private RunInfo run;
  private Path dir;

  @Setup
  public void setUp() throws IOException {
    Scenario loaded = ScenarioLoader.load(BASELINE);
    Scenario scenario = loaded.withSettings(
        RunSettings.of(20_000, loaded.settings().seed(), RunSettings.defaultThreads()));
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    forecast = ForecastBuilder.build(
        scenario,
        compiled,
        Simulator.run(compiled.plan(), scenario.settings(), Simulator.Progress.NONE));
    audit = TargetAudit.ofScenario(scenario, forecast);
    run = RunInfo.ofFiles(
        List.of(), List.of(), "benchmark", Instant.now(), Duration.ZERO, List.of("forecast"));
    dir = Files.createTempDirectory("reports-benchmark");
    dir.toFile().deleteOnExit();
  }

  @Benchmark
  public List<Path> html() throws IOException {
    return new ForecastHtml(line -> {}, audit).write(forecast, run, dir);
  }

  @Benchmark
  public List<Path> xlsx() throws IOException {
    return new SummaryXlsx(line -> {}, audit).write(forecast, run, dir);
  }

  /** JMH's own cost of calling a benchmark method and consuming its result. */
  @Benchmark
  public Forecast baseline() {
    return forecast;
  }
}
