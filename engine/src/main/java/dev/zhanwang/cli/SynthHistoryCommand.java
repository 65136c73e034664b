package dev.zhanwang.cli;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.model.SyntheticHistory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast synth-history --seed S --years N --out FILE}: writes the synthetic example
 * history ({@link SyntheticHistory}), every row labelled as made up.
 */
@Command(
    name = "synth-history",
    mixinStandardHelpOptions = true,
    description = "Write a SYNTHETIC history simulated from known model parameters (not real"
        + " data), for trying calibrate and backtest.")
final class SynthHistoryCommand implements Callable<Integer> {
  private static final MathContext DIGITS = new MathContext(10);
  /** How every synthetic history starts, by which a rerun recognises a file it may replace. */
  static final String FIRST_LINE =
      "# SYNTHETIC history, not Liudong data: simulated from known parameters by";

  @Spec
  CommandSpec spec;

  @Option(
      names = "--seed",
      paramLabel = "S",
      defaultValue = ForecastCommand.DEFAULT_SEED,
      description = "Random seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(
      names = "--years",
      paramLabel = "N",
      defaultValue = "30",
      description = "Years of history (default: ${DEFAULT-VALUE}).")
  int years;

  @Option(
      names = "--last-year",
      paramLabel = "Y",
      defaultValue = "2022",
      description = "Last year of the history (default: ${DEFAULT-VALUE}).")
  int lastYear;

  @Option(
      names = "--out",
      required = true,
      paramLabel = "FILE",
      description = "CSV to write: a new file, or one synth-history wrote before (recognised by"
          + " its first line), which it replaces; any other file is refused.")
  Path out;

  @Override
  public Integer call() {
    if (years < 3 || years > 200) {
      throw new CommandLine.ParameterException(
          spec.commandLine(), "--years must be between 3 and 200, but was " + years);
    }
    History history = SyntheticHistory.example(seed, years, lastYear);
    StringBuilder csv = new StringBuilder()
        .append(FIRST_LINE)
        .append('\n')
        .append("# forecast synth-history --seed ")
        .append(seed)
        .append(" --years ")
        .append(years)
        .append(" --last-year ")
        .append(lastYear)
        .append(" (see dev.zhanwang.model.SyntheticHistory).\n")
        .append("indicator,period,value,note\n");
    String note = SyntheticHistory.note(seed, years);
    for (HistorySeries series : history.series()) {
      double[] levels = series.levels();
      for (int i = 0; i < levels.length; i++) {
        csv.append(series.indicator())
            .append(',')
            .append(series.period(i))
            .append(',')
            .append(new BigDecimal(levels[i]).round(DIGITS).stripTrailingZeros().toPlainString())
            .append(",\"")
            .append(note)
            .append("\"\n");
      }
    }
    OutputFile.write(
        OutputTarget.given(out),
        FIRST_LINE,
        csv.toString(),
        RunCommand.commandLine(spec),
        spec.commandLine().getErr()::println);
    spec.commandLine()
        .getOut()
        .printf(
            "Wrote synthetic history (%d indicators, %d years) to %s%n",
            history.series().size(), years, out);
    return 0;
  }
}
