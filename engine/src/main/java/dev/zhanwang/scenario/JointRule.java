package dev.zhanwang.scenario;

import dev.zhanwang.model.Labelled;
import java.util.List;
import java.util.Optional;

/**
 * How a target group (one target stated more than once: a level and a growth, "1210亿元，增长25%",
 * or two values, 120 and 140亿元 of funds in place) counts in "all targets met at once": which of
 * its statements must be met. A statement is one check of one row of the targets file; a group's
 * statements are in file order, a row's level before its growth (the order the report writes
 * them). A target stated once is met when its statement is, under every rule.
 */
public enum JointRule implements Labelled {
  /** The report's first statement alone (the default): the headline reading. */
  FIRST("first", "its first statement is met (the report's headline reading)"),
  /** The last statement alone (for funds in place: the investment-promotion plan's 140亿元). */
  LAST("last", "its last statement is met"),
  /** Every statement (the strictest reading; before groups, the engine asked this of all). */
  ALL("all", "every statement of it is met (the strictest reading)"),
  /** At least one statement (the most lenient reading). */
  ANY("any", "at least one statement of it is met (the most lenient reading)");

  private final String label;
  private final String meaning;

  JointRule(String label, String meaning) {
    this.label = label;
    this.meaning = meaning;
  }

  @Override
  public String label() {
    return label;
  }

  /** What the rule asks, completing "a group counts as met when ...". */
  public String meaning() {
    return meaning;
  }

  /** The statements that must be met under this rule, from a group's statements in order. */
  public <T> List<T> counted(List<T> statements) {
    return switch (this) {
      case FIRST -> statements.subList(0, 1);
      case LAST -> statements.subList(statements.size() - 1, statements.size());
      case ALL, ANY -> statements;
    };
  }

  /** Whether one counted statement suffices ({@link #ANY}); else all of them must be met. */
  public boolean anyOne() {
    return this == ANY;
  }

  public static Optional<JointRule> ofLabel(String label) {
    return Labelled.ofLabel(values(), label);
  }

  public static String labels() {
    return Labelled.labels(values());
  }
}
