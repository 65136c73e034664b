package dev.zhanwang.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TargetStatusTest {
  @Test
  void of_probabilitiesAtAndAroundTheThresholds_statusByBand() {
    assertEquals(TargetStatus.LIKELY, TargetStatus.of(1.0));
    assertEquals(TargetStatus.LIKELY, TargetStatus.of(0.8));
    assertEquals(TargetStatus.AT_RISK, TargetStatus.of(0.7999));
    assertEquals(TargetStatus.AT_RISK, TargetStatus.of(0.5));
    assertEquals(TargetStatus.UNLIKELY, TargetStatus.of(0.4999));
    assertEquals(TargetStatus.UNLIKELY, TargetStatus.of(0.0));
  }
}
