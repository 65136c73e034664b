package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Writes every {@link ReportFormat} of a forecast into one folder. */
public final class Reports {
  private Reports() {}

  /**
   * Writes all formats into {@code dir}, an existing folder, the manifest last so that it lists
   * every other file and the whole run's time. The folder is not created here: the command line
   * deletes an interrupted run's folder while its writers may still run, and a writer must then
   * fail rather than create it again.
   *
   * @param audit the audit of the forecast's targets: summary.csv's notes, the manifest's section
   * @param charts the formats charts are written in; none for tables and manifest only
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file
   * @return every file written, in order
   */
  public static List<Path> writeAll(
      Forecast forecast,
      Audit audit,
      RunInfo run,
      Path dir,
      Set<ChartFormat> charts,
      Consumer<String> log)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : ReportFormat.values()) {
      written.addAll(format.create(log, written, charts, audit).write(forecast, run, dir));
    }
    return List.copyOf(written);
  }
}
