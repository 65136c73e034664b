package dev.zhanwang.report;

import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.JointOutcome;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import java.io.IOException;
import java.math.MathContext;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * {@code joint.csv}: the target groups met together, one figure a row, long form so that a
 * spreadsheet filters it by {@code measure}:
 *
 * <ul>
 *   <li>{@code group_met}: each group, counted by its rule ({@code note} says which statements
 *       count and which it has);
 *   <li>{@code all_met}: every group at once; {@code at_least} and {@code exactly}: {@code k} of
 *       the {@code n} groups, for every {@code k} from 1 (at least) or 0 (exactly) to {@code n};
 *   <li>{@code expected_count}: the expected number of groups met;
 *   <li>{@code conditional}: P(group | given) for every ordered pair, with P(group) as
 *       {@code unconditional} and the pair's correlation of met and missed.
 * </ul>
 *
 * <p>{@code value} and {@code se} are numbers (a share, not percent; six and two significant
 * figures), {@code count} and {@code paths} the counts they come from, {@code text} the value as
 * {@link ProbabilityText} writes it (a bound for a count of zero). UTF-8 with a byte-order mark.
 */
final class JointCsv implements Reporter {
  static final String FILE = "joint.csv";
  static final List<String> HEADER = List.of(
      "measure",
      "group",
      "given",
      "k",
      "value",
      "se",
      "count",
      "paths",
      "text",
      "unconditional",
      "correlation",
      "note");

  private static final MathContext CORRELATION_DIGITS = new MathContext(3);
  private static final MathContext TWO_DIGITS = new MathContext(2);

  private final Consumer<String> log;

  JointCsv(Consumer<String> log) {
    this.log = log;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    JointOutcome joint = forecast.joint();
    if (joint.groupCount() == 0) {
      return List.of();
    }
    long paths = joint.paths();
    int n = joint.groupCount();
    List<List<String>> rows = new ArrayList<>();
    for (JointOutcome.Group group : joint.groups()) {
      rows.add(
          share("group_met", group.id(), "", "", group.met(), paths, "", "", groupNote(group)));
    }
    rows.add(share(
        "all_met",
        "",
        "",
        Integer.toString(n),
        joint.allMet(),
        paths,
        "",
        "",
        "every one of the " + n + " groups, each by its rule"));
    for (int k = n; k >= 1; k--) {
      rows.add(share(
          "at_least",
          "",
          "",
          Integer.toString(k),
          joint.atLeast(k),
          paths,
          "",
          "",
          "at least " + k + " of " + n + " groups"));
    }
    for (int k = n; k >= 0; k--) {
      rows.add(share(
          "exactly",
          "",
          "",
          Integer.toString(k),
          joint.atLeast(k) - joint.atLeast(k + 1),
          paths,
          "",
          "",
          "exactly " + k + " of " + n));
    }
    rows.add(List.of(
        "expected_count",
        "",
        "",
        "",
        Numbers.significant(joint.expectedCount()),
        twoFigures(joint.expectedCountStdError()),
        "",
        Long.toString(paths),
        ProbabilityText.withError(joint.expectedCount(), joint.expectedCountStdError()),
        "",
        "",
        "expected number of the " + n + " groups met"));
    for (JointOutcome.Pair pair : joint.pairs()) {
      rows.add(conditional(pair.given(), pair.other(), pair.both(), pair.correlation(), paths));
      rows.add(conditional(pair.other(), pair.given(), pair.both(), pair.correlation(), paths));
    }
    Path file = dir.resolve(FILE);
    Csv.write(file, HEADER, rows);
    log.accept(String.format(
        "Wrote joint table (%d target groups, %s) to %s",
        n,
        joint.counts().pairsCounted() ? joint.pairs().size() + " pairs" : "pairs not counted",
        file));
    return List.of(file);
  }

  /** What a group counts and what it states: the rule, then every statement. */
  static String groupNote(JointOutcome.Group group) {
    return "rule " + group.rule().label() + ": counts " + statements(group.counted(), group)
        + (group.statedMoreThanOnce()
            ? "; statements: " + statements(group.statements(), group)
            : "");
  }

  private static String statements(List<TargetOutcome> outcomes, JointOutcome.Group group) {
    return outcomes.stream()
        .map(TargetOutcome::statement)
        .collect(Collectors.joining(group.rule().anyOne() ? " or " : " and "));
  }

  private static List<String> share(
      String measure,
      String group,
      String given,
      String k,
      long count,
      long paths,
      String unconditional,
      String correlation,
      String note) {
    double p = (double) count / paths;
    return List.of(
        measure,
        group,
        given,
        k,
        Numbers.significant(p),
        twoFigures(Math.sqrt(p * (1 - p) / paths)),
        Long.toString(count),
        Long.toString(paths),
        ProbabilityText.of(count, paths),
        unconditional,
        correlation,
        note);
  }

  /** P(other | given), over the paths that met {@code given}; empty when none did. */
  private static List<String> conditional(
      JointOutcome.Group given,
      JointOutcome.Group other,
      long both,
      double correlation,
      long paths) {
    String unconditional = Numbers.significant((double) other.met() / paths);
    String r = Numbers.rounded(correlation, CORRELATION_DIGITS);
    if (given.met() == 0) {
      return List.of(
          "conditional",
          other.id(),
          given.id(),
          "",
          "",
          "",
          "0",
          "0",
          "",
          unconditional,
          r,
          given.id() + " never met: no condition to compare");
    }
    return share(
        "conditional",
        other.id(),
        given.id(),
        "",
        both,
        given.met(),
        unconditional,
        r,
        "P(" + other.id() + " | " + given.id() + ") against P(" + other.id() + ") "
            + ProbabilityText.of(other.met(), paths));
  }

  /** A standard error to the two significant figures it deserves. */
  static String twoFigures(double value) {
    return Numbers.rounded(value, TWO_DIGITS);
  }

  /** The manifest's {@code joint} section: the same figures, for programs. */
  static Map<String, Object> manifestSection(JointOutcome joint) {
    long paths = joint.paths();
    int n = joint.groupCount();
    Map<String, Object> json = new LinkedHashMap<>();
    json.put("rule", joint.rule().label());
    json.put("rule_meaning", "a group counts as met when " + joint.rule().meaning());
    json.put("groups_count", n);
    List<Map<String, Object>> groups = new ArrayList<>();
    for (JointOutcome.Group group : joint.groups()) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("group", group.id());
      entry.put("rule", group.rule().label());
      entry.put(
          "statements",
          group.statements().stream().map(TargetOutcome::statement).toList());
      entry.put(
          "counted", group.counted().stream().map(TargetOutcome::statement).toList());
      entry.putAll(share(group.met(), paths));
      groups.add(entry);
    }
    json.put("groups", groups);
    json.put("all_met", share(joint.allMet(), paths));
    List<Map<String, Object>> atLeast = new ArrayList<>();
    for (int k = n; k >= 1; k--) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("k", k);
      entry.putAll(share(joint.atLeast(k), paths));
      atLeast.add(entry);
    }
    json.put("at_least", atLeast);
    Map<String, Object> expected = new LinkedHashMap<>();
    expected.put("value", significant(joint.expectedCount()));
    expected.put("se", significant(joint.expectedCountStdError()));
    expected.put(
        "text", ProbabilityText.withError(joint.expectedCount(), joint.expectedCountStdError()));
    json.put("expected_count", expected);
    Map<String, Object> pairs = new LinkedHashMap<>();
    pairs.put(
        "shown",
        "up to " + JointOutcome.PAIRS_SHOWN
            + " pairs each way with the largest correlation of met and missed,"
            + " beyond " + JointOutcome.NOISE_STANDARD_ERRORS
            + " standard errors of noise; every pair is in joint.csv");
    pairs.put("together", pairs(joint.strongestPairs(JointOutcome.PAIRS_SHOWN, true), paths));
    pairs.put("against", pairs(joint.strongestPairs(JointOutcome.PAIRS_SHOWN, false), paths));
    json.put("pairs", pairs);
    return json;
  }

  private static List<Map<String, Object>> pairs(List<JointOutcome.Pair> shown, long paths) {
    List<Map<String, Object>> list = new ArrayList<>();
    for (JointOutcome.Pair pair : shown) {
      Map<String, Object> entry = new LinkedHashMap<>();
      entry.put("group", pair.other().id());
      entry.put("given", pair.given().id());
      entry.put("conditional", share(pair.both(), pair.given().met()));
      entry.put("unconditional", share(pair.other().met(), paths));
      entry.put("correlation", significant(pair.correlation()));
      list.add(entry);
    }
    return list;
  }

  private static Map<String, Object> share(long count, long paths) {
    Map<String, Object> entry = new LinkedHashMap<>();
    double p = (double) count / paths;
    entry.put("count", count);
    entry.put("paths", paths);
    entry.put("probability", significant(p));
    entry.put("se", significant(Math.sqrt(p * (1 - p) / paths)));
    entry.put("text", ProbabilityText.of(count, paths));
    return entry;
  }

  /** Six significant figures, as a JSON number. */
  static double significant(double value) {
    return Double.isNaN(value) ? Double.NaN : Double.parseDouble(Numbers.significant(value));
  }
}
