package dev.zhanwang.cli;

import dev.zhanwang.data.History;
import dev.zhanwang.data.HistoryLoader;
import dev.zhanwang.data.HistorySeries;
import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import dev.zhanwang.model.Calibration;
import dev.zhanwang.model.Estimate;
import dev.zhanwang.model.FittedModel;
import dev.zhanwang.model.GrowthModel;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast calibrate --history FILE}: fits model variants to each indicator's history,
 * prints their parameters with standard errors and writes a scenario fragment for
 * {@code extends:}, in which each indicator uses the first listed model that fits it and the
 * others follow as comments; monthly indicators also get their seasonality
 * ({@link HistorySeries#seasonality()}).
 */
@Command(name = "calibrate", mixinStandardHelpOptions = true,
    description = "Fit model variants to a history; print parameters with standard errors and"
        + " write a scenario fragment.")
final class CalibrateCommand implements Callable<Integer> {
  private static final MathContext DIGITS = new MathContext(4);
  private static final MathContext SHARE_DIGITS = new MathContext(10);
  /** How every fragment starts, by which a rerun recognises a file it may replace. */
  static final String FIRST_LINE = "# Scenario fragment written by: forecast calibrate";

  @Spec CommandSpec spec;

  @Option(names = "--history", required = true, paramLabel = "FILE",
      description = "History CSV: indicator,period,value[,note]; period YYYY or YYYY-MM.")
  Path historyFile;

  @Option(names = "--models", paramLabel = "a,b,c",
      description = "Models to fit (default: every one the history supports for an indicator).")
  String models;

  @Option(names = "--indicators", paramLabel = "a,b,c",
      description = "Indicators to fit (default: all in the history).")
  String indicators;

  @Option(names = "--out", paramLabel = "FRAGMENT.yaml",
      description = "Write the scenario fragment here: a new file, or one calibrate wrote before"
          + " (recognised by its first line), which it replaces; any other file is refused.")
  Path out;

  @Override
  public Integer call() throws IOException {
    List<GrowthModel> requested = models == null ? null : ModelNames.models(spec, models);
    History history = HistoryLoader.load(historyFile, ForecastCommand.warnings(spec));
    List<String> ids = ModelNames.indicators(spec, indicators, history);
    Map<String, List<FittedModel>> fits = fit(history, ids, requested);
    PrintWriter stdout = spec.commandLine().getOut();
    stdout.printf("%-32s %-15s %-16s %12s %12s%n", "indicator", "model", "parameter", "estimate",
        "s.e.");
    fits.forEach((id, list) -> list.forEach(fit -> fit.estimates().forEach(e ->
        stdout.printf("%-32s %-15s %-16s %12s %12s%n", id, fit.model().label(), e.name(),
            number(e.value()), Double.isNaN(e.stdError()) ? "-" : number(e.stdError())))));
    if (out != null) {
      OutputFile.write(OutputTarget.given(out), FIRST_LINE, fragment(history, fits),
          RunCommand.commandLine(spec), spec.commandLine().getErr()::println);
      stdout.println("Wrote scenario fragment to " + out);
    }
    return 0;
  }

  /** Every requested (or, by default, supported) model per indicator, in order. */
  private static Map<String, List<FittedModel>> fit(History history, List<String> ids,
      List<GrowthModel> requested) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<FittedModel>> fits = new LinkedHashMap<>();
    ids.forEach(id -> fits.put(id, new ArrayList<>()));
    for (GrowthModel model : requested == null ? Calibration.FITTED : requested) {
      List<String> fitted = requested == null ? ids.stream()
          .filter(id -> Calibration.unsupported(model, history, id).isEmpty()).toList() : ids;
      try {
        Calibration.fit(model, history, fitted).forEach((id, fit) -> fits.get(id).add(fit));
      } catch (InvalidInputException e) {
        problems.addAll(e.problems());
      }
    }
    // By default, an indicator no model fits gets each model's reason, not an empty table.
    fits.forEach((id, list) -> {
      if (requested == null && list.isEmpty()) {
        Calibration.FITTED.forEach(model -> Calibration.unsupported(model, history, id)
            .ifPresent(rule -> problems.add(new Problem(history.file(), 0, 0, id, rule))));
      }
    });
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    return fits;
  }

  private String fragment(History history, Map<String, List<FittedModel>> fits) {
    StringBuilder yaml = new StringBuilder();
    yaml.append(FIRST_LINE).append(" --history ")
        .append(historyFile).append(models == null ? "" : " --models " + models).append('\n')
        .append("# Each indicator uses the first model that fits it; the other fits follow as"
            + " comments.\n")
        .append("# ets-trend and bootstrap are forecast by backtest, not simulated by scenarios:"
            + " their\n# indicators need another model before a scenario can extend this.\n")
        .append("indicators:\n");
    fits.forEach((id, list) -> {
      HistorySeries series = history.series(id).orElseThrow();
      if (!series.note().isEmpty()) {
        yaml.append("  # ").append(series.note()).append('\n');
      }
      yaml.append("  ").append(id).append(":\n");
      if (list.isEmpty()) {
        yaml.append("    # no model fits this history\n");
        return;
      }
      FittedModel chosen = list.get(0);
      yaml.append("    model: ").append(chosen.model().label()).append('\n');
      for (Estimate e : chosen.estimates()) {
        // A scenario names each factor an indicator loads on; calibration fits one common factor.
        String key = e.name().equals("loading") ? "loadings: {common_factor" : e.name();
        String close = e.name().equals("loading") ? "}" : "";
        yaml.append("    ").append(key).append(": ").append(number(e.value())).append(close)
            .append('\n');
      }
      series.seasonality().ifPresent(shares -> {
        List<String> texts = new ArrayList<>();
        for (double share : shares) {
          // Ten digits: the scenario checks that the shares sum to 1 within 1e-6.
          texts.add(new BigDecimal(share).round(SHARE_DIGITS).stripTrailingZeros().toPlainString());
        }
        yaml.append("    seasonality: [").append(String.join(", ", texts)).append("]\n");
      });
      HistorySeries.AnnualLevels annual = series.annualLevels();
      String assumption = "Fitted by forecast calibrate to " + historyFile + ", "
          + annual.firstYear() + "-" + annual.lastYear() + " (" + errors(chosen) + ")";
      yaml.append("    assumption: \"")
          .append(assumption.replace("\\", "\\\\").replace("\"", "\\\""))
          .append("\"\n");
      for (FittedModel other : list.subList(1, list.size())) {
        yaml.append("    # ").append(other.model().label()).append(':');
        other.estimates().forEach(e -> yaml.append(' ').append(e.name()).append(' ')
            .append(number(e.value())));
        yaml.append('\n');
      }
    });
    return yaml.toString();
  }

  private static String errors(FittedModel fit) {
    List<String> parts = new ArrayList<>();
    for (Estimate e : fit.estimates()) {
      if (!Double.isNaN(e.stdError())) {
        parts.add(e.name() + " s.e. " + number(e.stdError()));
      }
    }
    return String.join(", ", parts);
  }

  /** Four significant digits, plain notation, locale-free. */
  static String number(double x) {
    if (!Double.isFinite(x)) {
      return Double.toString(x);
    }
    String text = new BigDecimal(x).round(DIGITS).stripTrailingZeros().toPlainString();
    return text.equals("-0") ? "0" : text;
  }
}
