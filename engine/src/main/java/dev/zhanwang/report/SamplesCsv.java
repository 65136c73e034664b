package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.PathSamples;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * {@code samples.csv}, written when a run is asked for samples ({@code --samples N}): one row per
 * path of the first N, for analysts who continue in pandas or R. Columns: {@code path} (1 to N);
 * per flow indicator {@code <id>.level} (December year to date, in its unit) and {@code
 * <id>.growth_pct} (on 2022, in percent); per rate indicator and composite {@code
 * <id>.growth_pct}; per target check, in summary.csv's row order, {@code
 * met.<target_id>.<criterion>} (1 met, 0 not); and {@code all_met}, every target group met at
 * once by its rule. The met columns are the run's own checks of the same values, so over all
 * paths a column's share of 1s is summary.csv's {@code prob_met}. Values have seven significant
 * digits, the precision they were simulated in. UTF-8 with a byte-order mark, as every CSV here.
 */
final class SamplesCsv implements Reporter {
  static final String FILE = "samples.csv";
  /** Single precision holds a little over seven decimal digits: all the values have. */
  private static final MathContext SEVEN_DIGITS = new MathContext(7);

  private final Consumer<String> log;

  SamplesCsv(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    if (forecast.samples().isEmpty()) {
      return List.of();
    }
    PathSamples samples = forecast.samples().get();
    List<String> header = header(samples);
    Path file = dir.resolve(FILE);
    Csv.write(file, header, samples.paths(), path -> row(samples, path, header.size()));
    log.accept(String.format(
        "Wrote %d sampled paths (%d columns) to %s", samples.paths(), header.size(), file));
    return List.of(file);
  }

  static List<String> header(PathSamples samples) {
    List<String> header = new ArrayList<>(List.of("path"));
    for (PathSamples.Quantity quantity : samples.quantities()) {
      if (quantity.flow()) {
        header.add(quantity.id() + ".level");
      }
      header.add(quantity.id() + ".growth_pct");
    }
    for (PathSamples.Check check : samples.checks()) {
      header.add("met." + check.targetId() + "." + check.criterion().label());
    }
    if (!samples.checks().isEmpty()) {
      header.add("all_met");
    }
    return header;
  }

  private static List<String> row(PathSamples samples, int path, int columns) {
    List<String> row = new ArrayList<>(columns);
    row.add(Integer.toString(path + 1));
    List<PathSamples.Quantity> quantities = samples.quantities();
    for (int q = 0; q < quantities.size(); q++) {
      if (quantities.get(q).flow()) {
        row.add(Numbers.rounded(samples.annual(q, path), SEVEN_DIGITS));
      }
      row.add(Numbers.rounded(samples.growthPct(q, path), SEVEN_DIGITS));
    }
    for (int c = 0; c < samples.checks().size(); c++) {
      row.add(samples.met(c, path) ? "1" : "0");
    }
    if (!samples.checks().isEmpty()) {
      row.add(samples.allMet(path) ? "1" : "0");
    }
    return row;
  }
}
