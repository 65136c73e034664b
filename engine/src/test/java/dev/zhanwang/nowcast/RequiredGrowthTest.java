package dev.zhanwang.nowcast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequiredGrowthTest {
  /**
   * By hand: a +20% target on a prior year of 1000 asks for 1200; 480 done by June against 450 in
   * the prior year's first half leaves 720 to make in months that brought 550: 720 / 550 - 1 =
   * 17/55 = +30.91%.
   */
  @Test
  void of_halfYearBehindPlan_isTheRestOverThePriorRestMinusOne() {
    assertEquals(17.0 / 55.0, RequiredGrowth.of(1200, 1000, 480, 450), 1e-12);
  }

  @Test
  void of_noMonthDone_isTheTargetsOwnGrowth() {
    assertEquals(0.2, RequiredGrowth.of(1200, 1000, 0, 0), 1e-12);
  }

  @Test
  void of_targetAlreadyReached_isNegative() {
    assertEquals(100.0 / 100.0 - 1 - 1, RequiredGrowth.of(1200, 1000, 1200, 900), 1e-12);
  }

  @Test
  void of_noMonthLeft_isNaN() {
    assertTrue(Double.isNaN(RequiredGrowth.of(1200, 1000, 1100, 1000)));
  }
}
