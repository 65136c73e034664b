package dev.zhanwang.input;

import java.util.Locale;

/**
 * The sizes past which the engine refuses input instead of trying to read it: guards against
 * files that would exhaust memory or time (a 100 MB scenario, a million-row table, an alias
 * bomb, nesting that would overflow the stack). Limits a planner could legitimately reach can be
 * raised with a system property, given through {@code FORECAST_JAVA_OPTS}; the others are fixed.
 */
public enum Limit {
  SCENARIO_BYTES("scenario-bytes", 8L << 20, "bytes in a scenario file", true),
  DATA_BYTES("data-bytes", 16L << 20, "bytes in a figures or targets file", true),
  DATA_ROWS("data-rows", 10_000, "rows in a figures or targets file", true),
  HISTORY_BYTES("history-bytes", 64L << 20, "bytes in a history file", true),
  HISTORY_ROWS("history-rows", 500_000, "rows in a history file", true),
  INDICATORS("indicators", 10_000, "indicators in a scenario", true),
  CELL_CHARS("cell-chars", 4_096, "characters in one CSV cell", false),
  YAML_DEPTH("yaml-depth", 64, "levels of nesting in a YAML file", false),
  /** The YAML scanner's time grows with the square of a line's length. */
  YAML_LINE_CHARS("yaml-line-chars", 16_384, "characters in one line of a YAML file", false),
  YAML_VALUES(
      "yaml-values", 1_000_000, "values in a YAML file once its aliases are expanded", false),
  EXTENDS("extends", 16, "files in an extends chain", false),
  /** More threads than this many per core only cost memory: the work is bound by the cores. */
  THREADS(
      "threads",
      4L * Runtime.getRuntime().availableProcessors(),
      "threads (four per core of this machine)",
      false);

  private static final String PREFIX = "zhanwang.limit.";

  private final String property;
  private final long defaultValue;
  private final String what;
  private final boolean raisable;

  Limit(String property, long defaultValue, String what, boolean raisable) {
    this.property = PREFIX + property;
    this.defaultValue = defaultValue;
    this.what = what;
    this.raisable = raisable;
  }

  /** The limit: the system property's value when it is a positive number, else the default. */
  public long value() {
    if (!raisable) {
      return defaultValue;
    }
    long set = Long.getLong(property, defaultValue);
    return set > 0 ? set : defaultValue;
  }

  /** True when {@code amount} is within the limit. */
  public boolean allows(long amount) {
    return amount <= value();
  }

  /**
   * The rule for messages: {@code at most 10,000 rows in a figures or targets file (a limit;
   * raise it with ...)}.
   */
  public String rule() {
    String raise = raisable ? "; raise it with FORECAST_JAVA_OPTS=-D" + property + "=N" : "";
    return String.format(
        Locale.ROOT, "at most %,d %s (a limit of the engine%s)", value(), what, raise);
  }

  /** {@code must have at most N <what> (...), but had <amount>}. */
  public String exceeded(long amount) {
    return String.format(Locale.ROOT, "must have %s, but had %,d", rule(), amount);
  }

  /** As {@link #exceeded(long)} for an amount known only to be above the limit. */
  public String exceeded() {
    return "must have " + rule() + ", but had more";
  }
}
