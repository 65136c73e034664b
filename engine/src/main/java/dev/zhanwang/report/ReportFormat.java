package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;

/**
 * The kinds of output a run writes, in the order their files are listed; each makes its reporter.
 * All but the manifest are written at the same time ({@link Reports#writeAll}). An output that
 * {@code --charts} chooses ({@link OutputChoice}) asks the choice in its factory: the HTML report
 * and the Excel workbook belong here, created when {@link OutputChoice#html()} or {@link
 * OutputChoice#xlsx()} is set.
 */
public enum ReportFormat {
  /** {@code summary.csv}: one row per target check, its note naming the audit's findings. */
  SUMMARY_CSV((log, written, choice, audit) -> new SummaryCsv(log, audit)),
  /** {@code joint.csv}: the target groups met together, each counted once by its rule. */
  JOINT_CSV((log, written, choice, audit) -> new JointCsv(log)),
  /** {@code fan.csv}: year-to-date quantiles per flow indicator and month. */
  FAN_CSV((log, written, choice, audit) -> new FanCsv(log)),
  /**
   * Charts in the chosen formats, with Chinese labels when a font here can draw them; without
   * formats, none, and no fonts looked for (listing the installed fonts takes a while).
   */
  CHARTS((log, written, choice, audit) -> new Charts(
      choice.images().isEmpty() ? ChartLook.english() : ChartLook.detect(),
      choice.images(),
      Charts.THREADS,
      log)),
  /**
   * {@code report.html}: one self-contained page for people who never open a terminal, its charts
   * drawn offline by the reader's browser.
   */
  HTML((log, written, choice, audit) ->
      choice.html() ? new ForecastHtml(log, audit) : ReportFormat::nothing),
  /** {@code summary.xlsx}: the tables as an Excel workbook, for planners who work in Excel. */
  XLSX((log, written, choice, audit) ->
      choice.xlsx() ? new SummaryXlsx(log, audit) : ReportFormat::nothing),
  /**
   * {@code samples.csv}: the first paths one by one, when the forecast holds them ({@code
   * --samples}, which {@code --charts} does not touch); else nothing.
   */
  SAMPLES_CSV((log, written, choice, audit) -> new SamplesCsv(log)),
  /**
   * {@code manifest.json}: inputs with SHA-256, settings, times, the audit's findings and the
   * files written.
   */
  MANIFEST((log, written, choice, audit) -> new Manifest(log, written, audit));

  /** Its name in lines about the run: {@code summary.csv}, {@code charts}. */
  public String label() {
    return switch (this) {
      case SUMMARY_CSV -> "summary.csv";
      case JOINT_CSV -> "joint.csv";
      case FAN_CSV -> "fan.csv";
      case CHARTS -> "charts";
      case HTML -> "report.html";
      case XLSX -> "summary.xlsx";
      case SAMPLES_CSV -> "samples.csv";
      case MANIFEST -> "manifest";
    };
  }

  /** The reporter of an output {@code --charts} did not choose. */
  private static List<Path> nothing(Forecast forecast, RunInfo run, Path dir) {
    return List.of();
  }

  private interface Factory {
    Reporter create(Consumer<String> log, List<Path> written, OutputChoice choice, Audit audit);
  }

  private final Factory factory;

  ReportFormat(Factory factory) {
    this.factory = factory;
  }

  /**
   * A reporter of this format.
   *
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file written
   * @param written files the formats before this one wrote, for those that list them
   * @param choice the outputs {@code --charts} chose: chart formats, HTML report, workbook
   * @param audit the audit of the run's targets, for the formats that report it
   */
  public Reporter create(
      Consumer<String> log, List<Path> written, OutputChoice choice, Audit audit) {
    return factory.create(log, written, choice, audit);
  }
}
