package dev.zhanwang.report;

/**
 * A target check's status by its probability of being met, for planners who read colours before
 * numbers: likely from 80%, at risk from 50%, unlikely below. The same thresholds colour the
 * P(target met) chart and the targets table.
 */
enum TargetStatus {
  LIKELY(0.8, "很可能完成", "likely", "#2e7d32", "status-likely"),
  AT_RISK(0.5, "有风险", "at risk", "#e0a100", "status-at-risk"),
  UNLIKELY(Double.NEGATIVE_INFINITY, "难以完成", "unlikely", "#c62828", "status-unlikely");

  private final double from;
  private final String chinese;
  private final String english;
  private final String color;
  private final String cssClass;

  TargetStatus(double from, String chinese, String english, String color, String cssClass) {
    this.from = from;
    this.chinese = chinese;
    this.english = english;
    this.color = color;
    this.cssClass = cssClass;
  }

  /** The status of a check met with probability {@code probabilityMet}. */
  static TargetStatus of(double probabilityMet) {
    for (TargetStatus status : values()) {
      if (probabilityMet >= status.from) {
        return status;
      }
    }
    return UNLIKELY;
  }

  /** The lowest probability of this status; negative infinity for the last. */
  double from() {
    return from;
  }

  String chinese() {
    return chinese;
  }

  String english() {
    return english;
  }

  /** Both names, e.g. {@code 有风险 at risk}. */
  String label() {
    return chinese + " " + english;
  }

  /** The colour of its bars, as CSS hex. */
  String color() {
    return color;
  }

  String cssClass() {
    return cssClass;
  }
}
