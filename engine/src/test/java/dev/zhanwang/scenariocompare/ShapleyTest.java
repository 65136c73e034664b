package dev.zhanwang.scenariocompare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;

class ShapleyTest {
  /** The glove game: player 0 holds a left glove, 1 and 2 right ones; a pair is worth 600. */
  private static long gloves(long coalition) {
    boolean left = (coalition & 1) != 0;
    boolean right = (coalition & 6) != 0;
    return left && right ? 600 : 0;
  }

  @Test
  void exact_gloveGame_givesTheTextbookValues() {
    Shapley.Values values = Shapley.exact(3, ShapleyTest::gloves);

    // Left glove 2/3 of the pair, each right glove 1/6 (a standard worked example).
    assertEquals(400.0, values.value(0), 1e-9);
    assertEquals(100.0, values.value(1), 1e-9);
    assertEquals(100.0, values.value(2), 1e-9);
    assertEquals(8, values.coalitions());
  }

  @Test
  void exact_interaction_splitsTheJointEffectEvenly() {
    // Worth 10 alone each, 50 together: 30 of interaction, shared half and half.
    Shapley.Values values = Shapley.exact(2, s -> s == 3 ? 50 : s == 0 ? 0 : 10);

    assertEquals(25.0, values.value(0), 1e-12);
    assertEquals(25.0, values.value(1), 1e-12);
  }

  @Test
  void sampled_anyGame_sumsExactlyToTheTotal() {
    // An irregular game of 12 players: sampled, the shares still telescope to v(all) - v(none).
    Shapley.Values values =
        Shapley.of(12, s -> Long.bitCount(s) * Long.bitCount(s) + (s % 7) * 3 - 5, 40, 42);

    assertTrue(values.sampled());
    BigInteger total = BigInteger.valueOf(144 + (4095 % 7) * 3 - 5 - (-5));
    assertEquals(values.denominator().multiply(total), values.sumNumerator());
  }

  @Test
  void of_smallGame_isExact() {
    Shapley.Values values = Shapley.of(4, s -> Long.bitCount(s), 16, 1);

    assertEquals(0, values.orders());
    for (int i = 0; i < 4; i++) {
      assertEquals(1.0, values.value(i), 1e-12);
      assertEquals(0.0, values.stdError(i));
    }
  }
}
