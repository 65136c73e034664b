package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes one kind of output of a run into a folder, logging one {@code Wrote <what> to <path>}
 * line per kind of file. Reporters are created by {@link ReportFormat}.
 */
public interface Reporter {
  /**
   * Writes this reporter's files into {@code dir}, which must exist.
   *
   * @return the files written, in a fixed order
   */
  List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException;
}
