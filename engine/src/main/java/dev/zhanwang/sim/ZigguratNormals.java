package dev.zhanwang.sim;

import org.apache.commons.numbers.gamma.Erfc;
import org.apache.commons.rng.UniformRandomProvider;

/**
 * Standard normal draws a block at a time, by the ziggurat method of Marsaglia and Tsang ("The
 * Ziggurat Method for Generating Random Variables", J. Stat. Softw. 5(8), 2000) with 1024 layers.
 *
 * <p>Commons RNG's {@code ZigguratSampler.NormalizedGaussian} draws the same distribution, but one
 * call per draw: 2.64 ns a draw against 1.35 ns for this loop over a block ({@code RandomBenchmark}
 * in benchmarks/, 2026-11-29), and the normals are the largest part of the kernel's time. The
 * uniform bits still come from the chunk's Commons RNG stream.
 *
 * <p>Each draw takes one 64-bit word: its low 10 bits pick a layer and its high 32 bits, read as
 * a signed integer, the position across it, so the two never share bits (the flaw Doornik (2005)
 * found in the original 32-bit version); the draw is then rounded to single precision, as the
 * kernel keeps it. 99.6% of draws fall inside their layer's rectangle under the curve and cost a
 * multiplication; the others go to the wedge test or, from the base layer, to Marsaglia's (1964)
 * tail method. With the paper's 256 layers 1.5% did, and those rare draws cost more than the
 * common ones together. The tables of the common case are single precision (8 KB): with the
 * kernel's block arrays beside them, double precision tables made every draw a third slower.
 */
final class ZigguratNormals {
  private static final int LAYERS = 1024;
  /**
   * Right edge of the base layer's rectangle: the r for which 1024 layers of equal area exactly
   * fill the area under the curve ({@code ZigguratNormalsTest} solves for it, and reproduces the
   * paper's 3.6541528853610088 for 256 layers).
   */
  static final double R = 4.038849846109505;
  /** A position (see {@link #positionOf}) scaled to (-1, 1). */
  private static final double POSITION_SCALE = 0x1.0p-31;

  /**
   * Layer {@code i} spans heights {@code [EDGE_HEIGHT[i], EDGE_HEIGHT[i+1]]} and widths
   * {@code [0, x_i]}; {@code WIDTH[i] = x_i 2^-31} turns a position into a draw, and a position
   * below {@code INSIDE[i]} in magnitude lies within {@code x_(i+1)}, under the curve at every
   * height of the layer. The base layer's width is {@code V / f(R)}, so that it holds the
   * rectangle {@code [0, R] x [0, f(R)]} and the tail beyond {@code R} in the same area {@code V}.
   */
  private static final float[] WIDTH = new float[LAYERS];

  private static final int[] INSIDE = new int[LAYERS];
  private static final double[] EDGE_HEIGHT = new double[LAYERS + 1];
  /** Area of every layer under {@code f(x) = exp(-x^2 / 2)}, x >= 0. */
  static final double V;
  /** The top layer's area as the construction leaves it: {@code V} when {@link #R} is right. */
  static final double TOP_LAYER_AREA;

  static {
    V = layerArea(R);
    double[] x = new double[LAYERS + 1];
    x[0] = V / density(R);
    x[1] = R;
    for (int i = 1; i < LAYERS - 1; i++) {
      x[i + 1] = nextEdge(x[i], V);
    }
    x[LAYERS] = 0.0;
    TOP_LAYER_AREA = x[LAYERS - 1] * (1.0 - density(x[LAYERS - 1]));
    for (int i = 0; i < LAYERS; i++) {
      WIDTH[i] = (float) (x[i] * POSITION_SCALE);
      INSIDE[i] = (int) (x[i + 1] / x[i] / POSITION_SCALE);
      EDGE_HEIGHT[i] = i == 0 ? 0.0 : density(x[i]);
    }
    EDGE_HEIGHT[LAYERS] = 1.0;
  }

  private ZigguratNormals() {}

  static double density(double x) {
    return Math.exp(-0.5 * x * x);
  }

  /** The area of a layer with base edge r: rectangle {@code [0, r] x [0, f(r)]} and tail. */
  static double layerArea(double r) {
    return r * density(r) + Math.sqrt(Math.PI / 2) * Erfc.value(r / Math.sqrt(2));
  }

  /** The right edge of the layer above one of width {@code x} and area {@code area}. */
  static double nextEdge(double x, double area) {
    return Math.sqrt(-2 * Math.log(density(x) + area / x));
  }

  /**
   * The word's high 32 bits as an odd signed integer: the centres of 2^31 equal steps across
   * (-2^31, 2^31), symmetric about 0 and never -2^31, whose absolute value would overflow.
   */
  private static int positionOf(long word) {
    return (int) (word >> 32) | 1;
  }

  /** Fills {@code out[0..n)} with independent standard normal draws from {@code rng}. */
  static void fill(UniformRandomProvider rng, float[] out, int n) {
    for (int p = 0; p < n; p++) {
      long word = rng.nextLong();
      int layer = (int) word & (LAYERS - 1);
      int position = positionOf(word);
      out[p] = Math.abs(position) < INSIDE[layer]
          ? position * WIDTH[layer]
          : (float) outsideRectangle(rng, layer, position);
    }
  }

  /**
   * A draw whose first point fell outside its layer's rectangle: from the tail when that layer is
   * the base, else accepted by the wedge test or replaced by a fresh point.
   */
  private static double outsideRectangle(UniformRandomProvider rng, int layer, int position) {
    while (true) {
      if (layer == 0) {
        return position < 0 ? -tail(rng) : tail(rng);
      }
      double x = position * (double) WIDTH[layer];
      double height =
          EDGE_HEIGHT[layer] + rng.nextDouble() * (EDGE_HEIGHT[layer + 1] - EDGE_HEIGHT[layer]);
      if (height < density(x)) {
        return x;
      }
      long word = rng.nextLong();
      layer = (int) word & (LAYERS - 1);
      position = positionOf(word);
      if (Math.abs(position) < INSIDE[layer]) {
        return position * WIDTH[layer];
      }
    }
  }

  /** |Z| given |Z| > R, by Marsaglia's (1964) method. */
  private static double tail(UniformRandomProvider rng) {
    while (true) {
      // 1 - nextDouble() is in (0, 1], so the logarithms are finite.
      double beyond = -Math.log(1.0 - rng.nextDouble()) / R;
      double y = -Math.log(1.0 - rng.nextDouble());
      if (2 * y >= beyond * beyond) {
        return R + beyond;
      }
    }
  }
}
