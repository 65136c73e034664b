package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** The kinds of output a run writes, in the order they are written; each makes its reporter. */
public enum ReportFormat {
  /** {@code summary.csv}: one row per target check, its note naming the audit's findings. */
  SUMMARY_CSV((log, written, charts, audit) -> new SummaryCsv(log, audit)),
  /** {@code fan.csv}: year-to-date quantiles per flow indicator and month. */
  FAN_CSV((log, written, charts, audit) -> new FanCsv(log)),
  /**
   * Charts in the chosen formats, with Chinese labels when a font here can draw them; without
   * formats, none, and no fonts looked for (listing the installed fonts takes a while).
   */
  CHARTS((log, written, charts, audit) -> new Charts(
      charts.isEmpty() ? ChartLook.english() : ChartLook.detect(), charts, Charts.THREADS, log)),
  /**
   * {@code report.html}: one self-contained page for people who never open a terminal, its charts
   * drawn offline by the reader's browser.
   */
  HTML((log, written, charts, audit) -> new ForecastHtml(log, audit)),
  /** {@code summary.xlsx}: the tables as an Excel workbook, for planners who work in Excel. */
  XLSX((log, written, charts, audit) -> new SummaryXlsx(log, audit)),
  /**
   * {@code manifest.json}: inputs with SHA-256, settings, times, the audit's findings and the
   * files written.
   */
  MANIFEST((log, written, charts, audit) -> new Manifest(log, written, audit));

  private interface Factory {
    Reporter create(Consumer<String> log, List<Path> written, Set<ChartFormat> charts, Audit audit);
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
   * @param charts the formats charts are written in; none for no charts
   * @param audit the audit of the run's targets, for the formats that report it
   */
  public Reporter create(
      Consumer<String> log, List<Path> written, Set<ChartFormat> charts, Audit audit) {
    return factory.create(log, written, charts, audit);
  }
}
