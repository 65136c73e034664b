package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * {@code manifest.json}: what a run read (files with SHA-256), how it ran (seed, paths, threads,
 * engine, command line, times), its headline result and the files it wrote, so a folder of
 * results can be traced and reproduced, the target groups met together ({@code joint}: P(all
 * met) with the rule, P(at least k of n), the expected number met, the strongest pairs) and the
 * audit of its targets ({@code audit}: every finding with its numbers and explanations). UTF-8 without a byte-order mark, as JSON requires.
 */
final class Manifest implements Reporter {
  static final String FILE = "manifest.json";

  private final Consumer<String> log;
  private final List<Path> written;
  private final Audit audit;

  /**
   * {@code written}: the files the other reporters wrote, listed in the manifest; {@code audit}:
   * the audit of the run's targets.
   */
  Manifest(Consumer<String> log, List<Path> written, Audit audit) {
    this.log = log;
    this.written = List.copyOf(written);
    this.audit = audit;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    Map<String, Object> json = inputsAndSettings(
        forecast.scenarioName(),
        forecast.description(),
        forecast.year(),
        forecast.seed(),
        forecast.paths(),
        run);
    // Significant figures, not four decimals: 648 paths of 10^6 are 0.000648, not 0.0006.
    json.put("probability_all_met", JointCsv.significant(forecast.probabilityAllMet()));
    json.put("probability_all_met_se", JointCsv.significant(forecast.probabilityAllMetStdError()));
    if (!Double.isNaN(forecast.probabilityAllMet())) {
      json.put(
          "probability_all_met_text",
          ProbabilityText.ofShare(forecast.probabilityAllMet(), forecast.paths()));
    }
    if (forecast.joint().groupCount() > 0) {
      json.put("joint", JointCsv.manifestSection(forecast.joint()));
    }
    json.put("assumptions", forecast.assumptions());
    json.put("audit", audit(audit));
    Path file = writeWithFiles(json, run, written, dir, log);
    return List.of(file);
  }

  /** The manifest's first entries: what was read (with SHA-256) and how it ran. */
  static Map<String, Object> inputsAndSettings(
      String scenario, String description, int year, long seed, long paths, RunInfo run) {
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("scenario", scenario);
    json.put("description", description);
    json.put("year", year);
    json.put("scenario_files", files(run.scenarioChain(), run.scenarioSha256()));
    json.put("data_files", files(run.dataFiles(), run.dataSha256()));
    json.put("seed", seed);
    json.put("paths", paths);
    json.put("threads", run.threads());
    json.put("engine_version", run.engineVersion());
    json.put("quantile_method", run.quantileMethod());
    json.put("command_line", run.commandLine());
    json.put("started_at", run.startedAt().toString());
    json.put("simulation_seconds", seconds(run.simulationTime()));
    return json;
  }

  /**
   * Adds the files written and the wall time to {@code json}, writes it as {@link #FILE} in
   * {@code dir} and says so on {@code log}.
   */
  static Path writeWithFiles(
      Map<String, Object> json, RunInfo run, List<Path> written, Path dir, Consumer<String> log)
      throws IOException {
    // Relative names: the folder is written under a temporary name and renamed when complete.
    json.put(
        "files", written.stream().map(file -> dir.relativize(file).toString()).toList());
    // Last, so it covers everything the run did before this file.
    json.put("wall_seconds", seconds(Duration.between(run.startedAt(), Instant.now())));
    Path file = dir.resolve(FILE);
    Files.writeString(file, Json.write(json), StandardCharsets.UTF_8);
    log.accept(String.format(
        "Wrote manifest (%d input files with SHA-256, %d outputs) to %s",
        inputsListed(json), written.size(), file));
    return file;
  }

  /** The input files {@code json} lists with their SHA-256 (a backtest lists no scenario). */
  private static int inputsListed(Map<String, Object> json) {
    return Stream.of("scenario_files", "data_files")
        .mapToInt(key -> ((List<?>) json.getOrDefault(key, List.of())).size())
        .sum();
  }

  /** The manifest's {@code audit} section: one entry per finding, in the audit's order. */
  static List<Map<String, Object>> audit(Audit audit) {
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Finding finding : audit.findings()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("id", finding.id());
      entry.put("kind", finding.kind().label());
      entry.put("targets", finding.targets());
      finding.check().ifPresent(check -> entry.put("check", check.label()));
      entry.put("figures", finding.figures());
      Map<String, Object> numbers = new LinkedHashMap<>();
      finding.numbers().forEach((name, value) -> numbers.put(name, rounded(value, 6)));
      entry.put("numbers", numbers);
      entry.put("summary", finding.summary());
      entry.put("explanation_zh", finding.explanationZh());
      entry.put("explanation_en", finding.explanationEn());
      entry.put("benign_cause", finding.benignCause().label());
      findings.add(entry);
    }
    return findings;
  }

  static List<Map<String, Object>> files(List<Path> paths, List<String> sha256) {
    if (paths.size() != sha256.size()) {
      throw new IllegalArgumentException(
          "one SHA-256 per file, but " + paths.size() + " files and " + sha256.size() + " hashes");
    }
    List<Map<String, Object>> files = new ArrayList<>();
    for (int i = 0; i < paths.size(); i++) {
      Map<String, Object> file = new LinkedHashMap<>();
      file.put("path", paths.get(i).toString());
      file.put("sha256", sha256.get(i));
      files.add(file);
    }
    return files;
  }

  private static double seconds(Duration duration) {
    return rounded(duration.toNanos() / 1e9, 3);
  }

  static double rounded(double value, int decimals) {
    double scale = Math.pow(10, decimals);
    return Math.rint(value * scale) / scale;
  }
}
