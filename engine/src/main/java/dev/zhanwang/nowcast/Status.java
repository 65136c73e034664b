package dev.zhanwang.nowcast;

import dev.zhanwang.scenario.StatusThresholds;

/** A target's traffic light in a nowcast, from P(target met | data so far). */
public enum Status {
  GREEN("green", "绿"),
  AMBER("amber", "黄"),
  RED("red", "红");

  private final String label;
  private final String labelZh;

  Status(String label, String labelZh) {
    this.label = label;
    this.labelZh = labelZh;
  }

  public String label() {
    return label;
  }

  public String labelZh() {
    return labelZh;
  }

  /** Green at or above the green threshold, red below the red one, amber between. */
  public static Status of(double probabilityMet, StatusThresholds thresholds) {
    double pct = 100.0 * probabilityMet;
    if (pct >= thresholds.greenAtPct()) {
      return GREEN;
    }
    return pct < thresholds.redBelowPct() ? RED : AMBER;
  }
}
