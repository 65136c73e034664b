package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The files of {@code forecast audit}: {@code audit.csv} (UTF-8 with BOM, for Excel: one row per
 * finding with its numbers and explanations in Chinese and English) and {@code manifest.json}
 * (the files read with SHA-256, the run that gave P(met) if any, the findings, the files
 * written), by which a rerun recognises the folder as its own.
 */
public final class AuditReport {
  static final String CSV = "audit.csv";
  static final List<String> HEADER = List.of(
      "finding_id",
      "kind",
      "targets",
      "check",
      "figures",
      "numbers",
      "summary",
      "explanation_zh",
      "explanation_en",
      "benign_cause");

  private AuditReport() {}

  /**
   * Writes both into {@code dir}, an existing folder, the manifest last.
   *
   * @param run the files read, engine, start time and command line
   * @param log receives one {@code Wrote <what> to <path>} line per file
   * @return the files written
   */
  public static List<Path> write(Audit audit, RunInfo run, Path dir, Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    Path csv = dir.resolve(CSV);
    Csv.write(csv, HEADER, rows(audit));
    written.add(csv);
    log.accept(String.format("Wrote audit (%d findings) to %s", audit.findings().size(), csv));
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("command", "audit");
    json.put("subject", audit.subject());
    json.put("scenario_files", Manifest.files(run.scenarioChain(), run.scenarioSha256()));
    json.put("data_files", Manifest.files(run.dataFiles(), run.dataSha256()));
    audit.simulated().ifPresent(simulated -> {
      json.put("seed", simulated.seed());
      json.put("paths", simulated.paths());
    });
    json.put("engine_version", run.engineVersion());
    json.put("command_line", run.commandLine());
    json.put("started_at", run.startedAt().toString());
    json.put("audit", Manifest.audit(audit));
    Path manifest = Manifest.writeWithFiles(json, run, written, dir, log);
    written.add(manifest);
    return written;
  }

  static List<List<String>> rows(Audit audit) {
    List<List<String>> rows = new ArrayList<>();
    for (Finding finding : audit.findings()) {
      rows.add(List.of(
          finding.id(),
          finding.kind().label(),
          String.join(" ", finding.targets()),
          finding.check().map(c -> c.label()).orElse(""),
          String.join(" ", finding.figures()),
          numbers(finding),
          finding.summary(),
          finding.explanationZh(),
          finding.explanationEn(),
          finding.benignCause().label()));
    }
    return rows;
  }

  /** {@code name=value} pairs separated by {@code "; "}, values to six significant digits. */
  static String numbers(Finding finding) {
    return finding.numbers().entrySet().stream()
        .map(e -> e.getKey() + "=" + Numbers.significant(e.getValue()))
        .collect(Collectors.joining("; "));
  }
}
