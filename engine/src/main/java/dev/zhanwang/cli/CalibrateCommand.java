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
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code forecast calibrate --history FILE}: fits model variants to each indicator's history,
 * prints their parameters with standard errors, ranks them per indicator ({@link ModelChoice}:
 * rolling-origin backtest, else AIC) and writes a scenario fragment for {@code extends:}.
 *
 * <p>In the fragment each indicator is one line per fitted model, in flow style
 * ({@code id: {model: ..., growth_pct: ...}}): the best is active, the others are commented out,
 * so that switching model is moving a {@code #}. Every line holds only keys a scenario accepts
 * for its model (see {@link #scenarioKeys}); ets-trend and bootstrap take none, as the scenario
 * fits them from the fragment's top-level {@code history:} when it loads. Monthly indicators also
 * get their seasonality ({@link HistorySeries#seasonality()}).
 */
@Command(
    name = "calibrate",
    mixinStandardHelpOptions = true,
    description = "Fit model variants to a history; print parameters with standard errors, rank"
        + " the models per indicator and write a scenario fragment proposing the best.")
final class CalibrateCommand implements Callable<Integer> {
  private static final MathContext DIGITS = new MathContext(4);
  private static final int SHARE_DECIMALS = 4;
  /** How every fragment starts, by which a rerun recognises a file it may replace. */
  static final String FIRST_LINE = "# Scenario fragment written by: forecast calibrate";
  /** The largest df a scenario accepts (the loader's bound); the fit may reach 1002. */
  static final double MAX_DF = 1000;
  /** A command-line word that needs no quoting to be read back. */
  private static final Pattern PLAIN_WORD = Pattern.compile("[\\p{L}\\p{N}_./:=,@+%-]+");

  @Spec
  CommandSpec spec;

  @Option(
      names = "--history",
      required = true,
      paramLabel = "FILE",
      description = "History CSV: indicator,period,value[,note]; period YYYY or YYYY-MM.")
  Path historyFile;

  @Option(
      names = "--models",
      paramLabel = "a,b,c",
      description = "Models to fit (default: every one the history supports for an indicator).")
  String models;

  @Option(
      names = "--indicators",
      paramLabel = "a,b,c",
      description = "Indicators to fit (default: all in the history).")
  String indicators;

  @Option(
      names = "--out",
      paramLabel = "FRAGMENT.yaml",
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
    stdout.printf(
        "%-32s %-15s %-16s %12s %12s%n", "indicator", "model", "parameter", "estimate", "s.e.");
    fits.forEach((id, list) -> list.forEach(fit -> fit.estimates()
        .forEach(e -> stdout.printf(
            "%-32s %-15s %-16s %12s %12s%n",
            id,
            fit.model().label(),
            e.name(),
            number(e.value()),
            Double.isNaN(e.stdError()) ? "-" : number(e.stdError())))));
    // Each indicator's backtest is seeded on its own, so running them in parallel changes nothing.
    List<ModelChoice> ranked = fits.entrySet().parallelStream()
        .map(e -> ModelChoice.of(history, e.getKey(), e.getValue()))
        .toList();
    Map<String, ModelChoice> choices = new LinkedHashMap<>();
    ranked.forEach(choice -> choices.put(choice.series().indicator(), choice));
    stdout.println();
    stdout.println("Which model fits best, per indicator (lower is better):");
    choices.values().forEach(choice -> printRanking(choice, stdout));
    if (out != null) {
      OutputFile.write(
          OutputTarget.given(out),
          FIRST_LINE,
          fragment(choices),
          RunCommand.commandLine(spec),
          spec.commandLine().getErr()::println);
      stdout.println("Wrote scenario fragment to " + out);
    }
    return 0;
  }

  /** Every requested (or, by default, supported) model per indicator, in order. */
  private static Map<String, List<FittedModel>> fit(
      History history, List<String> ids, List<GrowthModel> requested) {
    List<Problem> problems = new ArrayList<>();
    Map<String, List<FittedModel>> fits = new LinkedHashMap<>();
    ids.forEach(id -> fits.put(id, new ArrayList<>()));
    for (GrowthModel model : requested == null ? Calibration.FITTED : requested) {
      List<String> fitted = requested == null
          ? ids.stream()
              .filter(id -> Calibration.unsupported(model, history, id).isEmpty())
              .toList()
          : ids;
      try {
        Calibration.fit(model, history, fitted)
            .forEach((id, fit) -> fits.get(id).add(fit));
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

  private static void printRanking(ModelChoice choice, PrintWriter stdout) {
    stdout.println(choice.series().indicator() + ": " + criterion(choice));
    stdout.printf(
        "  %4s  %-15s %10s  %-30s %10s%n",
        "rank", "model", "mean CRPS", "behind best (paired s.e.)", "AIC");
    for (ModelChoice.Row row : choice.rows()) {
      stdout.printf(
          "  %4s  %-15s %10s  %-30s %10s%n",
          row.rank() == 0 ? "-" : row.rank(),
          row.model().label(),
          Double.isNaN(row.crps()) ? "-" : crps(row.crps()),
          behind(choice, row),
          Double.isNaN(row.aic()) ? "-" : aic(row.aic()));
    }
    stdout.println("  proposed: " + choice.chosen().model().label() + verdict(choice));
  }

  /** The "behind best" cell: by how much, or which twin it equals. */
  private static String behind(ModelChoice choice, ModelChoice.Row row) {
    if (Double.isNaN(row.crps())) {
      return "-";
    }
    ModelChoice.Row first = choice.rows().get(0);
    if (row.rank() == 1) {
      return "best";
    }
    if (ModelChoice.twins(row.model(), first.model()) && row.rank() == 2) {
      return "same forecast as " + first.model().label();
    }
    return crps(row.behind()) + " (" + crps(row.behindStdError()) + ")";
  }

  /** What ranked the models of {@code choice}, in words. */
  private static String criterion(ModelChoice choice) {
    String notRanked = choice.rows().stream()
        .filter(r -> r.rank() == 0)
        .map(r -> r.model().label())
        .collect(Collectors.joining(", "));
    String shortHistory = "too short for a backtest (it needs " + ModelChoice.MIN_ORIGINS
        + " origin years with " + ModelChoice.MIN_YEARS + " years before each; "
        + years(choice.series()) + ")";
    return switch (choice.criterion()) {
      case ONLY_ONE -> "the only model fitted";
      case BACKTEST ->
        "ranked by mean CRPS of the annual log-growth over " + choice.origins()
            + " origin years of a rolling-origin backtest (" + ModelChoice.DRAWS + " draws, seed "
            + ModelChoice.SEED + ")";
      case AIC ->
        "ranked by AIC of the annual log-growth, as the history is " + shortHistory
            + (notRanked.isEmpty()
                ? ""
                : "; not ranked: " + notRanked + " (their likelihoods are of other data, or none)");
      case NONE ->
        "not ranked: the history is " + shortHistory + " and none of these models"
            + " has a likelihood of the annual log-growth; the first fitted is proposed";
    };
  }

  /** Why the chosen model: its lead over the runner-up, and the twins rule when it applied. */
  private static String verdict(ModelChoice choice) {
    StringBuilder text = new StringBuilder();
    FittedModel chosen = choice.chosen();
    choice.runnerUp().ifPresent(next -> {
      if (choice.criterion() == ModelChoice.Criterion.BACKTEST) {
        text.append(", ahead of ")
            .append(next.model().label())
            .append(" by ")
            .append(crps(next.behind()))
            .append(" (paired s.e. ")
            .append(crps(next.behindStdError()))
            .append(')');
        if (next.behind() < ModelChoice.SIGNIFICANT * next.behindStdError()) {
          text.append(", less than ")
              .append(number(ModelChoice.SIGNIFICANT))
              .append(" s.e.: the history hardly tells them apart");
        }
      } else if (choice.criterion() == ModelChoice.Criterion.AIC) {
        text.append(", AIC lower than ")
            .append(next.model().label())
            .append("'s by ")
            .append(aic(next.aic() - choice.rows().get(0).aic()));
      }
    });
    choice.rows().stream()
        .filter(r -> r.model() == GrowthModel.FACTOR)
        .findFirst()
        .ifPresent(factor -> {
          Estimate loading = ModelChoice.estimate(factor.fit(), "loading");
          String value = number(loading.value()) + " (s.e. " + number(loading.stdError()) + ")";
          boolean significant = ModelChoice.loadingIsSignificant(factor.fit());
          boolean twinChosen = chosen.model() == GrowthModel.FACTOR
              || ModelChoice.twins(chosen.model(), GrowthModel.FACTOR);
          if (twinChosen) {
            text.append("; factor forecasts it as iid-lognormal does and is preferred when its"
                    + " loading is at least ")
                .append(number(ModelChoice.SIGNIFICANT))
                .append(" s.e. from 0: here ")
                .append(value);
          } else if (significant) {
            text.append("; its factor loading ")
                .append(value)
                .append(" says it moves with the other indicators, which ")
                .append(chosen.model().label())
                .append(" does not simulate (switch to factor, or add a correlation:)");
          }
        });
    return text.toString();
  }

  private String fragment(Map<String, ModelChoice> choices) {
    boolean fromHistory = choices.values().stream()
        .flatMap(c -> c.rows().stream())
        .anyMatch(r -> r.model().fromHistory());
    String sha256 = Hashes.sha256(historyFile);
    String source = historyFile.getFileName() + " (SHA-256 " + sha256.substring(0, 12) + ")";
    StringBuilder yaml = new StringBuilder();
    yaml.append("# Scenario fragment written by: ")
        .append(comment(RunCommand.commandLine(spec).stream()
            .map(CalibrateCommand::shellWord)
            .collect(Collectors.joining(" "))))
        .append('\n')
        .append("# History: ")
        .append(comment(historyFile.toString()))
        .append(", SHA-256 ")
        .append(sha256)
        .append('\n')
        .append("# A scenario uses it by extends: ")
        .append(comment(out.getFileName().toString()))
        .append(" and adds data: and simulation:.\n")
        .append("# Each indicator has one line per fitted model. The active line is the best"
            + " by the\n# criterion in the comment above it; to switch, put # before it and"
            + " remove the # before\n# another. Every assumption gives the standard errors"
            + " of the line's numbers.\n");
    if (fromHistory) {
      yaml.append("# ets-trend and bootstrap take no parameters here: the scenario fits them"
              + " from history:\n# when it loads (the numbers in their assumption are this"
              + " calibration's).\n")
          .append("history: ")
          .append(quoted(historyPath()))
          .append('\n');
    }
    yaml.append("indicators:\n");
    choices.forEach((id, choice) -> {
      HistorySeries series = choice.series();
      yaml.append("  # ")
          .append(comment(
              id + ": " + years(series) + (series.note().isEmpty() ? "" : "; " + series.note())))
          .append('\n')
          .append("  # ")
          .append(comment(criterion(choice)))
          .append('\n')
          .append("  # proposed: ")
          .append(comment(choice.chosen().model().label() + verdict(choice)))
          .append('\n');
      for (ModelChoice.Row row : choice.rows()) {
        yaml.append(row.fit() == choice.chosen() ? "  " : "  # ")
            .append(id)
            .append(": ")
            .append(line(row, choice, source))
            .append('\n');
      }
    });
    return yaml.toString();
  }

  /** One model's flow mapping: its scenario keys and an assumption with every s.e. */
  private static String line(ModelChoice.Row row, ModelChoice choice, String source) {
    FittedModel fit = row.fit();
    HistorySeries series = choice.series();
    List<String> notes = new ArrayList<>();
    Map<String, String> keys = scenarioKeys(fit, notes);
    List<String> parts = new ArrayList<>();
    parts.add("model: " + fit.model().label());
    keys.forEach((key, value) -> parts.add(key + ": " + value));
    List<String> errors = new ArrayList<>();
    for (Estimate e : fit.estimates()) {
      String se = Double.isNaN(e.stdError()) ? "none" : number(e.stdError());
      errors.add(
          keys.containsKey(e.name()) || e.name().equals("loading") && keys.containsKey("loadings")
              ? e.name() + " " + se
              : e.name() + " " + number(e.value()) + " (s.e. " + se + ")");
    }
    series.seasonality().ifPresent(shares -> {
      parts.add("seasonality: " + seasonality(shares));
      errors.add("seasonality " + number(largestShareError(series)) + " at most");
    });
    String how =
        fit.model().fromHistory() ? "fitted from history: when the scenario loads; here " : "s.e. ";
    HistorySeries.AnnualLevels annual = series.annualLevels();
    String assumption = "calibrate: " + source + " " + annual.firstYear() + "-"
        + annual.lastYear() + "; " + how + String.join(", ", errors)
        + notes.stream().map(n -> "; " + n).collect(Collectors.joining()) + "; "
        + rankText(row, choice);
    parts.add("assumption: " + quoted(assumption));
    return "{" + String.join(", ", parts) + "}";
  }

  /**
   * The keys a scenario takes for {@code fit}'s model, with their YAML values, in the loader's
   * terms: growth_pct, uncertainty_pct and the variant's own (skew, df, sigma and phi, loadings on
   * the one common factor calibration fits); none for ets-trend and bootstrap, which the scenario
   * fits itself. Estimates that are not keys (alpha, beta, block_length) go into the assumption.
   */
  static Map<String, String> scenarioKeys(FittedModel fit, List<String> notes) {
    Map<String, String> keys = new LinkedHashMap<>();
    if (fit.model().fromHistory()) {
      return keys;
    }
    for (Estimate e : fit.estimates()) {
      switch (e.name()) {
        case "loading" -> keys.put("loadings", "{common_factor: " + number(e.value()) + "}");
        case "df" -> {
          if (e.value() > MAX_DF) {
            notes.add("df " + number(e.value()) + " written as " + number(MAX_DF)
                + ", the most a scenario takes (the history looks normal)");
          }
          keys.put("df", number(Math.min(e.value(), MAX_DF)));
        }
        default -> keys.put(e.name(), number(e.value()));
      }
    }
    return keys;
  }

  private static String rankText(ModelChoice.Row row, ModelChoice choice) {
    long ranked = choice.rows().stream().filter(r -> r.rank() > 0).count();
    return switch (choice.criterion()) {
      case ONLY_ONE -> "the only model fitted";
      case NONE -> "not ranked";
      case BACKTEST -> "rank " + row.rank() + " of " + ranked + " by backtest mean CRPS";
      case AIC ->
        row.rank() == 0 ? "not ranked by AIC" : "rank " + row.rank() + " of " + ranked + " by AIC";
    };
  }

  /** The history, relative to the fragment's folder (as the loader reads it), with / only. */
  private String historyPath() {
    Path from = out.toAbsolutePath().normalize().getParent();
    Path to = historyFile.toAbsolutePath().normalize();
    try {
      return from.relativize(to).toString().replace('\\', '/');
    } catch (IllegalArgumentException e) {
      // On another drive there is no relative path.
      return to.toString();
    }
  }

  /**
   * The shares to {@value #SHARE_DECIMALS} decimals (their standard errors are about 0.001), by
   * the largest-remainder method so that the decimals sum to exactly 1, as the scenario checks.
   */
  static String seasonality(double[] shares) {
    long whole = Math.round(Math.pow(10, SHARE_DECIMALS));
    long[] units = new long[shares.length];
    Integer[] byRemainder = new Integer[shares.length];
    long sum = 0;
    for (int m = 0; m < shares.length; m++) {
      units[m] = (long) Math.floor(shares[m] * whole);
      sum += units[m];
      byRemainder[m] = m;
    }
    double[] remainder = new double[shares.length];
    for (int m = 0; m < shares.length; m++) {
      remainder[m] = shares[m] * whole - units[m];
    }
    Arrays.sort(byRemainder, (a, b) -> Double.compare(remainder[b], remainder[a]));
    for (int k = 0; sum < whole; k++, sum++) {
      units[byRemainder[k % shares.length]]++;
    }
    List<String> texts = new ArrayList<>();
    for (long u : units) {
      texts.add(BigDecimal.valueOf(u, SHARE_DECIMALS).stripTrailingZeros().toPlainString());
    }
    return "[" + String.join(", ", texts) + "]";
  }

  /**
   * The largest standard error of a month's mean share, {@code sd_y(share) / sqrt(Y)} over the
   * {@code Y} complete years; NaN for a single year.
   */
  static double largestShareError(HistorySeries series) {
    HistorySeries months = series.completeYears();
    double[] totals = series.annualLevels().levels();
    int years = totals.length;
    double largest = Double.NaN;
    for (int m = 0; m < 12; m++) {
      double mean = 0;
      for (int y = 0; y < years; y++) {
        mean += months.levels()[12 * y + m] / totals[y] / years;
      }
      double ss = 0;
      for (int y = 0; y < years; y++) {
        double d = months.levels()[12 * y + m] / totals[y] - mean;
        ss += d * d;
      }
      double se = Math.sqrt(ss / (years - 1) / years);
      largest = Double.isNaN(largest) || se > largest ? se : largest;
    }
    return largest;
  }

  private static String years(HistorySeries series) {
    HistorySeries.AnnualLevels annual = series.annualLevels();
    return (series.frequency() == HistorySeries.Frequency.MONTHLY ? "monthly, " : "annual, ")
        + annual.levels().length + " complete years " + annual.firstYear() + "-"
        + annual.lastYear();
  }

  private static String crps(double x) {
    return String.format(Locale.ROOT, "%.5f", x);
  }

  private static String aic(double x) {
    return String.format(Locale.ROOT, "%.2f", x);
  }

  /** A word of a command line as a shell would read it back. */
  private static String shellWord(String word) {
    return PLAIN_WORD.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
  }

  /** {@code text} for a YAML comment: line breaks and other control characters escaped. */
  private static String comment(String text) {
    return escapeControls(text);
  }

  /** A YAML double-quoted scalar. */
  private static String quoted(String text) {
    return "\"" + escapeControls(text.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"";
  }

  private static String escapeControls(String text) {
    StringBuilder escaped = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (c < 0x20 || c == 0x7F || c == 0x85 || c == 0x2028 || c == 0x2029) {
        escaped.append(String.format(Locale.ROOT, "\\u%04X", c));
      } else {
        escaped.appendCodePoint(c);
      }
    });
    return escaped.toString();
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
