package dev.zhanwang.scenario;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class NearestCorrelationTest {
  @Test
  void of_highamsExample_givesThePublishedMatrix() {
    // Higham (2002), section 4: the nearest correlation matrix to this one, to 4 decimals.
    double[][] a = {{1, 1, 0}, {1, 1, 1}, {0, 1, 1}};

    double[][] nearest = NearestCorrelation.of(a);

    double[][] published = {{1, 0.7607, 0.1573}, {0.7607, 1, 0.7607}, {0.1573, 0.7607, 1}};
    for (int i = 0; i < 3; i++) {
      assertArrayEquals(published[i], nearest[i], 5e-5);
    }
    assertTrue(NearestCorrelation.smallestEigenvalue(nearest) > -1e-10);
  }

  @Test
  void of_validMatrix_returnsItUnchanged() {
    double[][] a = {{1, 0.5, 0.2}, {0.5, 1, 0.3}, {0.2, 0.3, 1}};

    double[][] nearest = NearestCorrelation.of(a);

    for (int i = 0; i < 3; i++) {
      assertArrayEquals(a[i], nearest[i], 1e-12);
    }
  }

  @Test
  void of_inconsistentPairs_givesSymmetricUnitDiagonalSemiDefinite() {
    // a~b and b~c strongly positive but a~c strongly negative: no such three variables exist.
    double[][] a = {{1, 0.9, -0.9}, {0.9, 1, 0.9}, {-0.9, 0.9, 1}};

    double[][] nearest = NearestCorrelation.of(a);

    for (int i = 0; i < 3; i++) {
      assertEquals(1.0, nearest[i][i]);
      for (int j = 0; j < 3; j++) {
        assertEquals(nearest[i][j], nearest[j][i]);
      }
    }
    assertTrue(NearestCorrelation.smallestEigenvalue(a) < -0.5);
    assertTrue(NearestCorrelation.smallestEigenvalue(nearest) > -1e-10);
  }
}
