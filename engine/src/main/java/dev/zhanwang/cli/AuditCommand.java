package dev.zhanwang.cli;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.TargetAudit;
import dev.zhanwang.data.Baseline;
import dev.zhanwang.data.DataLoader;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.report.AuditReport;
import dev.zhanwang.scenario.RunSettings;
import dev.zhanwang.scenario.Scenario;
import dev.zhanwang.sim.PlanCompiler;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code forecast audit SCENARIO} or {@code forecast audit --targets CSV --figures CSV}: is the
 * target set coherent ({@link TargetAudit})? With a scenario, it is also run (at
 * {@link #DEFAULT_PATHS} paths unless {@code --paths} says otherwise, from the scenario's seed
 * unless {@code --seed} does) to find targets it makes implausible. Writes audit.csv and
 * manifest.json; prints the findings.
 */
@Command(
    name = "audit",
    mixinStandardHelpOptions = true,
    description = {
      "Check a target set against the 2022 figures and against itself: stated growth against"
          + " stated level, a composite (GDP) against its parts, one target stated twice, a"
          + " target compared with a figure of another measure or scope; with a SCENARIO also"
          + " targets met on fewer than 1%% or more than 99%% of its paths.",
      "Writes audit.csv (UTF-8 with BOM) and manifest.json, and prints each finding with its"
          + " numbers, in Chinese and English."
    })
final class AuditCommand implements Callable<Integer> {
  /** Paths of the run that gives P(met): enough to tell 1% from 2%, and a few seconds. */
  static final long DEFAULT_PATHS = 20_000;

  @Spec
  CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "SCENARIO",
      description = "The scenario YAML file (or give --targets and --figures instead).")
  Path scenarioFile;

  @Option(
      names = "--targets",
      paramLabel = "CSV",
      description = "Targets CSV, audited with --figures and without a scenario (no simulation).")
  Path targetsFile;

  @Option(
      names = "--figures",
      paramLabel = "CSV",
      description = "2022 figures CSV, with --targets.")
  Path figuresFile;

  @Mixin
  SimulationOptions simulation;

  @Option(
      names = "--out",
      paramLabel = "DIR",
      description = "Output folder. Default: out/<scenario name>-audit in the scenario's project,"
          + " or out/audit in the targets file's project (as for run). A folder a previous run"
          + " wrote is replaced; any other folder that is not empty is refused (see --force).")
  Path out;

  @Mixin
  ForceOption force;

  @Override
  public Integer call() throws IOException {
    Instant started = Instant.now();
    CommandLine commandLine = spec.commandLine();
    if (scenarioFile != null && (targetsFile != null || figuresFile != null)) {
      throw new CommandLine.ParameterException(
          commandLine, "give a SCENARIO or --targets and --figures, not both");
    }
    if (scenarioFile == null) {
      if (targetsFile == null || figuresFile == null) {
        throw new CommandLine.ParameterException(
            commandLine, "give a SCENARIO, or both --targets and --figures");
      }
      if (simulation.paths != null || simulation.seed != null || simulation.sampling != null) {
        throw new CommandLine.ParameterException(
            commandLine,
            "--paths, --seed and --sampling set the run of a SCENARIO; --targets and --figures"
                + " are audited without one");
      }
    }
    return scenarioFile != null ? scenario(started) : data(started);
  }

  private int scenario(Instant started) throws IOException {
    Scenario loaded = ForecastCommand.loadScenario(spec, scenarioFile);
    RunSettings settings = simulation.applyTo(loaded.settings());
    if (simulation.paths == null) {
      settings = new RunSettings(
          DEFAULT_PATHS,
          settings.seed(),
          settings.threads(),
          settings.sampling(),
          settings.precision());
    }
    Scenario scenario = loaded.withSettings(settings);
    PlanCompiler.Compiled compiled = PlanCompiler.compile(scenario);
    OutputTarget target = out != null
        ? OutputTarget.given(out)
        : OutputTarget.defaultFor(scenarioFile, scenario.name() + "-audit");
    try (OutputFolder folder = open(target, ScenarioRun.inputs(scenario))) {
      ProgressDisplay progress =
          new ProgressDisplay(spec.commandLine().getErr(), System.console() != null);
      ScenarioRun done = ScenarioRun.of(scenario, compiled, progress);
      Audit audit = TargetAudit.ofScenario(scenario, done.forecast());
      RunInfo run = ScenarioRun.runInfo(
          scenario,
          done.result().quantileNote(),
          started,
          done.result().elapsed(),
          RunCommand.commandLine(spec));
      write(audit, run, folder, target);
    }
    return 0;
  }

  private int data(Instant started) throws IOException {
    Baseline baseline = DataLoader.load(figuresFile, targetsFile, ForecastCommand.warnings(spec));
    List<Path> inputs = List.of(figuresFile, targetsFile);
    OutputTarget target =
        out != null ? OutputTarget.given(out) : OutputTarget.defaultFor(targetsFile, "audit");
    try (OutputFolder folder = open(target, inputs)) {
      Audit audit = TargetAudit.ofData(String.valueOf(targetsFile.getFileName()), baseline);
      RunInfo run = RunInfo.ofFiles(
          inputs,
          Hashes.sha256(inputs),
          ForecastCommand.version(),
          started,
          Duration.ZERO,
          RunCommand.commandLine(spec));
      write(audit, run, folder, target);
    }
    return 0;
  }

  private OutputFolder open(OutputTarget target, List<Path> inputs) {
    return OutputFolder.open(
        target,
        new OutputFolder.Request(
            force.force,
            inputs,
            RunCommand.commandLine(spec),
            spec.commandLine().getErr()::println));
  }

  private void write(Audit audit, RunInfo run, OutputFolder folder, OutputTarget target)
      throws IOException {
    List<String> wrote = new ArrayList<>();
    AuditReport.write(audit, run, folder.staging(), wrote::add);
    folder.commit();
    PrintWriter stdout = spec.commandLine().getOut();
    String staged = folder.staging().toString();
    wrote.forEach(line -> stdout.println(line.replace(staged, target.shown())));
    AuditTable.print(audit, stdout);
  }
}
