package dev.zhanwang.scenariocompare;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.util.SplittableRandom;
import java.util.function.LongUnaryOperator;

/**
 * Shapley values of a game whose value is a whole number (paths that met a target), in exact
 * integer arithmetic, so that the values sum to {@code v(all) - v(none)} exactly, not merely to
 * rounding.
 *
 * <p>Exact: {@code phi_i = sum over S not containing i of |S|! (n - |S| - 1)! / n! * (v(S + i) -
 * v(S))}, which needs {@code v} on all {@code 2^n} coalitions. Sampled (Castro, Gomez and Tejada
 * 2009): {@code m} random orders of the players; each order adds the players one at a time from
 * the empty coalition and credits each with the change it makes; {@code phi_i} is the mean of
 * player {@code i}'s credits over the orders, with the standard error of that mean. Each order's
 * credits telescope to {@code v(all) - v(none)}, so the sampled values sum exactly too; only how
 * the total is shared out is estimated.
 */
public final class Shapley {
  private Shapley() {}

  /**
   * The Shapley values of the game.
   *
   * @param numerators per player, over {@code denominator}
   * @param stdError per player, the sampling standard error in the game's units; 0 when exact
   * @param orders the random orders sampled; 0 when exact
   * @param coalitions the coalitions whose value was asked for
   */
  public record Values(
      BigInteger[] numerators,
      BigInteger denominator,
      double[] stdError,
      int orders,
      int coalitions) {
    public Values {
      numerators = numerators.clone();
      stdError = stdError.clone();
    }

    public int players() {
      return numerators.length;
    }

    /** Player {@code i}'s value in the game's units. */
    public double value(int i) {
      return new BigDecimal(numerators[i])
          .divide(new BigDecimal(denominator), MathContext.DECIMAL64)
          .doubleValue();
    }

    /** Player {@code i}'s sampling standard error in the game's units; 0 when exact. */
    public double stdError(int i) {
      return stdError[i];
    }

    /** The sum of the values, exactly: a numerator over {@link #denominator()}. */
    public BigInteger sumNumerator() {
      BigInteger sum = BigInteger.ZERO;
      for (BigInteger n : numerators) {
        sum = sum.add(n);
      }
      return sum;
    }

    public boolean sampled() {
      return orders > 0;
    }
  }

  /** Exact values when {@code 2^players <= maxCoalitions}, else sampled within that budget. */
  public static Values of(int players, LongUnaryOperator value, int maxCoalitions, long seed) {
    if (players < 0 || players > 62) {
      throw new IllegalArgumentException("0 to 62 players, but there were " + players);
    }
    return players < 31 && (1L << players) <= maxCoalitions
        ? exact(players, value)
        : sampled(
            players, value, Math.max(2, (maxCoalitions - 2) / Math.max(1, players - 1)), seed);
  }

  /** Exact values from all {@code 2^players} coalitions. */
  public static Values exact(int players, LongUnaryOperator value) {
    if (players > 30) {
      throw new IllegalArgumentException("exact values need 2^players coalitions: too many");
    }
    long[] v = new long[1 << players];
    for (int s = 0; s < v.length; s++) {
      v[s] = value.applyAsLong(s);
    }
    BigInteger[] weight = new BigInteger[Math.max(1, players)];
    for (int size = 0; size < players; size++) {
      weight[size] = factorial(size).multiply(factorial(players - size - 1));
    }
    BigInteger[] numerators = new BigInteger[players];
    for (int i = 0; i < players; i++) {
      BigInteger sum = BigInteger.ZERO;
      int bit = 1 << i;
      for (int s = 0; s < v.length; s++) {
        if ((s & bit) == 0) {
          sum =
              sum.add(weight[Integer.bitCount(s)].multiply(BigInteger.valueOf(v[s | bit] - v[s])));
        }
      }
      numerators[i] = sum;
    }
    return new Values(numerators, factorial(players), new double[players], 0, v.length);
  }

  /** Sampled values from {@code orders} random orders drawn from {@code seed}. */
  public static Values sampled(int players, LongUnaryOperator value, int orders, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    long[] sum = new long[players];
    double[] squares = new double[players];
    java.util.Set<Long> asked = new java.util.HashSet<>();
    long none = value.applyAsLong(0L);
    asked.add(0L);
    int[] order = new int[players];
    for (int o = 0; o < orders; o++) {
      for (int i = 0; i < players; i++) {
        order[i] = i;
      }
      for (int i = players - 1; i > 0; i--) { // Fisher-Yates
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      long coalition = 0L;
      long before = none;
      for (int i : order) {
        coalition |= 1L << i;
        long after = value.applyAsLong(coalition);
        asked.add(coalition);
        long credit = after - before;
        sum[i] += credit;
        squares[i] += (double) credit * credit;
        before = after;
      }
    }
    BigInteger[] numerators = new BigInteger[players];
    double[] stdError = new double[players];
    for (int i = 0; i < players; i++) {
      numerators[i] = BigInteger.valueOf(sum[i]);
      double mean = (double) sum[i] / orders;
      double variance = orders > 1 ? (squares[i] - orders * mean * mean) / (orders - 1) : 0.0;
      stdError[i] = Math.sqrt(Math.max(0.0, variance) / orders);
    }
    return new Values(numerators, BigInteger.valueOf(orders), stdError, orders, asked.size());
  }

  private static BigInteger factorial(int n) {
    BigInteger f = BigInteger.ONE;
    for (int k = 2; k <= n; k++) {
      f = f.multiply(BigInteger.valueOf(k));
    }
    return f;
  }
}
