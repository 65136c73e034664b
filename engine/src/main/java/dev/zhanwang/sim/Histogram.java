package dev.zhanwang.sim;

/**
 * Counts of outcomes in equal-width bins; {@code edges} has one more entry than {@code counts}.
 * Outcomes beyond the edges are counted in the outermost bins.
 */
public record Histogram(double[] edges, long[] counts) {
  public Histogram {
    if (edges.length != counts.length + 1) {
      throw new IllegalArgumentException("a histogram needs counts.length + 1 edges");
    }
    edges = edges.clone();
    counts = counts.clone();
  }

  @Override
  public double[] edges() {
    return edges.clone();
  }

  @Override
  public long[] counts() {
    return counts.clone();
  }
}
