package dev.zhanwang.model;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class FactorStructureTest {
  @Test
  void correlation_oneFactor_isProductOfLoadingsWithUnitDiagonal() {
    double[][] r = FactorStructure.correlation(new double[] {0.9, 0.5, -0.2});
    assertArrayEquals(new double[] {1, 0.45, -0.18}, r[0], 1e-15);
    assertArrayEquals(new double[] {0.45, 1, -0.1}, r[1], 1e-15);
    assertArrayEquals(new double[] {-0.18, -0.1, 1}, r[2], 1e-15);
  }

  @Test
  void correlation_twoFactors_addsTheirProducts() {
    double[][] r = FactorStructure.correlation(new double[][] {{0.6, 0.3}, {0.5, -0.4}});
    assertArrayEquals(new double[] {1, 0.3 - 0.12}, r[0], 1e-15);
  }

  @Test
  void correlation_squaredLoadingsAboveOne_throws() {
    assertThrows(
        IllegalArgumentException.class,
        () -> FactorStructure.correlation(new double[][] {{0.8, 0.7}, {0.1, 0.1}}));
  }
}
