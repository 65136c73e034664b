package dev.zhanwang.cli;

import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.report.ChartFormat;
import dev.zhanwang.report.OutputChoice;
import dev.zhanwang.report.SweepReport;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.scenario.SweepFile;
import dev.zhanwang.scenario.SweepLoader;
import dev.zhanwang.sim.PointStatistics;
import dev.zhanwang.sim.QuantileMethod;
import dev.zhanwang.sweep.ClusterRunners;
import dev.zhanwang.sweep.Sweep;
import dev.zhanwang.sweep.SweepResult;
import dev.zhanwang.sweep.SweepRunner;
import dev.zhanwang.sweep.ThreadPoolRunner;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast sweep SWEEP.yaml}: every grid point of a sweep file validated and compiled
 * before anything runs, then simulated on the engine's threads or, with {@code --spark MASTER},
 * on Apache Spark through the engine-spark module; writes sweep.csv, a chart per axis and
 * manifest.json, with the same folder rules as {@code run}.
 */
@Command(
    name = "sweep",
    mixinStandardHelpOptions = true,
    description = {
      "Run a grid of scenario variants (a sweep file) and write P(target met) per grid point.",
      "Every grid point is validated before any simulation starts; each gives the numbers"
          + " forecast run gives for its scenario, on any runner."
    })
final class SweepCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Parameters(index = "0", paramLabel = "SWEEP", description = "The sweep YAML file.")
  Path sweepFile;

  @Option(
      names = "--paths",
      paramLabel = "N",
      description = "Monte Carlo paths per grid point (default: each point's simulation.paths).")
  Long paths;

  @Option(
      names = "--threads",
      paramLabel = "T",
      description = "Worker threads of the engine's own runner (default: the number of cores,"
          + " ${DEFAULT-VALUE}); grid points are shared out, each on one thread.")
  int threads = RunSettings.defaultThreads();

  @Option(
      names = "--spark",
      paramLabel = "MASTER",
      description = "Run the grid points on Apache Spark: local[*] (embedded), local[2],"
          + " spark://host:7077, yarn, k8s://... Needs the engine-spark module (./forecast-spark)."
          + " Default: the engine's own threads.")
  String spark;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<sweep name> in the sweep file's project (as for"
          + " run). A folder a previous run wrote is replaced when the sweep succeeds; any other"
          + " folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Option(
      names = "--charts",
      paramLabel = "FORMATS",
      defaultValue = "png",
      description =
          "Chart files per axis: " + OutputChoice.IMAGE_CHOICES + " (default ${DEFAULT-VALUE}).")
  String charts;

  @Override
  public Integer call() throws Exception {
    Instant started = Instant.now();
    Set<ChartFormat> chartFormats = OutputChoice.parseImages(charts)
        .orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(),
            "--charts must be " + OutputChoice.IMAGE_CHOICES + ", but was " + charts));
    try {
      RunSettings.of(paths != null ? paths : 1, 0, threads);
    } catch (RunSettings.InvalidSettingException e) {
      throw new CommandLine.ParameterException(
          spec.commandLine(),
          "--" + e.setting() + " must be " + e.rule() + ", but was " + e.value());
    }
    PrintWriter stdout = spec.commandLine().getOut();
    PrintWriter stderr = spec.commandLine().getErr();
    // Every point loaded, validated and compiled before an output folder or a runner exists.
    SweepFile file = SweepLoader.load(sweepFile);
    file.warnings().forEach(ForecastCommand.warnings(spec));
    Sweep sweep =
        Sweep.compile(file, paths != null ? OptionalLong.of(paths) : OptionalLong.empty());
    SweepRunner runner = runner();
    List<Path> scenarioFiles = new ArrayList<>(List.of(sweepFile));
    Set<Path> dataFiles = new LinkedHashSet<>();
    for (SweepFile.GridPoint point : file.points()) {
      Scenario scenario = point.scenario();
      scenario.chain().stream().filter(p -> !scenarioFiles.contains(p)).forEach(scenarioFiles::add);
      dataFiles.addAll(scenario.dataFiles());
    }
    List<Path> inputs = new ArrayList<>(scenarioFiles);
    inputs.addAll(dataFiles);
    OutputTarget target =
        out != null ? OutputTarget.given(out) : OutputTarget.defaultFor(sweepFile, file.name());
    try (runner;
        OutputFolder folder = OutputFolder.open(
            target,
            new OutputFolder.Request(
                force.force, inputs, RunCommand.commandLine(spec), stderr::println))) {
      stdout.printf(
          "Sweep %s: %,d grid points, %,d paths in all, on %s%n",
          file.name(), file.points().size(), sweep.totalPaths(), runner.description());
      long startNanos = System.nanoTime();
      List<PointStatistics> statistics = runner.run(sweep.tasks(), (done, total) -> {});
      Duration simulation = Duration.ofNanos(System.nanoTime() - startNanos);
      SweepResult result = sweep.result(statistics);
      RunInfo info = new RunInfo(
          scenarioFiles,
          Hashes.sha256(scenarioFiles),
          List.copyOf(dataFiles),
          Hashes.sha256(List.copyOf(dataFiles)),
          ForecastCommand.version(),
          threads,
          QuantileMethod.EXACT.description(),
          started,
          simulation,
          RunCommand.commandLine(spec));
      List<String> wrote = new ArrayList<>();
      SweepReport.write(
          result, info, runner.description(), chartFormats, folder.staging(), wrote::add);
      folder.commit();
      String staged = folder.staging().toString();
      wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
      stdout.printf(
          "%,d grid points x %,d paths on %s: simulation %.2f s.%n",
          file.points().size(),
          result.points().isEmpty() ? 0 : result.points().get(0).paths(),
          runner.description(),
          simulation.toNanos() / 1e9);
    }
    return 0;
  }

  /** The engine's threads, or the cluster runner --spark asks for. */
  private SweepRunner runner() {
    if (spark == null) {
      return new ThreadPoolRunner(threads);
    }
    ClusterRunners provider = ClusterRunners.find()
        .orElseThrow(() -> new CommandLine.ParameterException(
            spec.commandLine(), ClusterRunners.HOW_TO_GET_SPARK));
    try {
      return provider.open(spark);
    } catch (IllegalArgumentException e) {
      throw new CommandLine.ParameterException(spec.commandLine(), "--spark " + e.getMessage());
    }
  }
}
