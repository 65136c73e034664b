package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.sim.Simulator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code fan.csv}: per flow indicator and month, the 2022 year-to-date value (累计值), the mean
 * and quantiles of the forecast year's, and the quantiles of year-to-date growth in percent
 * (累计增速); the quantiles at {@link Simulator#FAN_LEVELS} ({@code p5 p10 p20 p25 p30 p40 p50 p60
 * p70 p75 p80 p90 p95}), the levels the fan charts' five bands are drawn from.
 */
final class FanCsv implements Reporter {
  static final String FILE = "fan.csv";
  /** Names of the written quantile levels, {@link Simulator#FAN_LEVELS}: {@code p5 ... p95}. */
  static final List<String> LEVEL_NAMES =
      Arrays.stream(Simulator.FAN_LEVELS).mapToObj(SummaryCsv::levelName).toList();

  static final List<String> HEADER = header();

  private final Consumer<String> log;

  FanCsv(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    List<List<String>> rows = new ArrayList<>();
    for (IndicatorFan fan : forecast.fans()) {
      int[] columns = columnsOf(fan.levels());
      for (int m = 0; m < fan.months(); m++) {
        List<String> row = new ArrayList<>(List.of(
            fan.indicator(),
            fan.nameZh(),
            fan.nameEn(),
            fan.unit(),
            Integer.toString(m + 1),
            Numbers.significant(fan.ytd2022()[m]),
            Numbers.significant(fan.ytdMean()[m])));
        for (int column : columns) {
          row.add(Numbers.significant(fan.ytdQuantiles()[m][column]));
        }
        for (int column : columns) {
          row.add(Numbers.significant(fan.growthQuantilesPct()[m][column]));
        }
        rows.add(row);
      }
    }
    Path file = dir.resolve(FILE);
    Csv.write(file, HEADER, rows);
    log.accept(String.format(
        "Wrote year-to-date fans (%d indicators, %d rows) to %s",
        forecast.fans().size(), rows.size(), file));
    return List.of(file);
  }

  private static List<String> header() {
    List<String> header = new ArrayList<>(
        List.of("indicator", "name_zh", "name_en", "unit", "month", "ytd_2022", "ytd_mean"));
    LEVEL_NAMES.forEach(name -> header.add("ytd_" + name));
    LEVEL_NAMES.forEach(name -> header.add("growth_" + name));
    return List.copyOf(header);
  }

  /** Index in {@code levels} of each written quantile level. */
  static int[] columnsOf(double[] levels) {
    int[] columns = new int[Simulator.FAN_LEVELS.length];
    for (int c = 0; c < columns.length; c++) {
      columns[c] = indexOf(levels, Simulator.FAN_LEVELS[c]);
    }
    return columns;
  }

  static int indexOf(double[] levels, double level) {
    for (int i = 0; i < levels.length; i++) {
      if (levels[i] == level) {
        return i;
      }
    }
    throw new IllegalArgumentException("no quantile at level " + level);
  }
}
