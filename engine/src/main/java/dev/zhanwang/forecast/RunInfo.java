package dev.zhanwang.forecast;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * How a forecast was produced, for the manifest: which files (with SHA-256), which engine, how
 * long it took.
 *
 * @param scenarioChain the scenario file and the files it extends, child first
 * @param scenarioSha256 hex SHA-256 of each file of {@code scenarioChain}, same order
 * @param dataFiles the data CSVs read
 * @param dataSha256 hex SHA-256 of each data file, same order
 * @param simulationTime time in the Monte Carlo kernel and quantiles; total wall time is known
 *     only when the last report is written, so reports measure it from {@code startedAt}
 */
public record RunInfo(
    List<Path> scenarioChain,
    List<String> scenarioSha256,
    List<Path> dataFiles,
    List<String> dataSha256,
    String engineVersion,
    int threads,
    String quantileMethod,
    Instant startedAt,
    Duration simulationTime,
    List<String> commandLine) {
  public RunInfo {
    scenarioChain = List.copyOf(scenarioChain);
    scenarioSha256 = List.copyOf(scenarioSha256);
    dataFiles = List.copyOf(dataFiles);
    dataSha256 = List.copyOf(dataSha256);
    commandLine = List.copyOf(commandLine);
  }

  /**
   * A job that reads files but no scenario and runs no simulation (audit of data files, backtest):
   * one thread, no quantile method.
   */
  public static RunInfo ofFiles(
      List<Path> files,
      List<String> sha256,
      String engineVersion,
      Instant startedAt,
      Duration elapsed,
      List<String> commandLine) {
    return new RunInfo(
        List.of(), List.of(), files, sha256, engineVersion, 1, "", startedAt, elapsed, commandLine);
  }
}
