package dev.zhanwang.sim;

import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.apache.commons.math3.random.Well19937c;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.sampling.distribution.ZigguratSampler;
import org.apache.commons.rng.simple.RandomSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Cost of one standard normal draw, the floor under the kernel's time: the engine's choice
 * ({@link ZigguratNormals}, filling the kernel's single-precision block arrays from a Commons RNG
 * xoroshiro128++ stream) against the samplers named in RW1.md, one call per draw, and
 * {@code baseline}, which fills the same buffer with a constant (JMH's own cost).
 *
 * <p>Run: {@code java -jar benchmarks/target/benchmarks.jar RandomBenchmark}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class RandomBenchmark {
  private static final int DRAWS = 4096;

  private final double[] buffer = new double[DRAWS];
  private final float[] block = new float[DRAWS];
  private UniformRandomProvider blockStream;
  private ZigguratSampler.NormalizedGaussian xoroshiroZiggurat;
  private ZigguratSampler.NormalizedGaussian lxmZiggurat;
  private SplittableRandom splittable;
  private Well19937c well;

  @Setup
  public void setUp() {
    UniformRandomProvider xoroshiro = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
    blockStream = RandomSource.XO_RO_SHI_RO_128_PP.create(1L);
    xoroshiroZiggurat = ZigguratSampler.NormalizedGaussian.of(xoroshiro);
    lxmZiggurat = ZigguratSampler.NormalizedGaussian.of(RandomSource.L64_X128_MIX.create(1L));
    splittable = new SplittableRandom(1L);
    well = new Well19937c(1L);
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double[] baseline() {
    for (int i = 0; i < DRAWS; i++) {
      buffer[i] = 0.5;
    }
    return buffer;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public float[] engineBlockZiggurat() {
    ZigguratNormals.fill(blockStream, block, DRAWS);
    return block;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double[] xoroshiro128ppZiggurat() {
    for (int i = 0; i < DRAWS; i++) {
      buffer[i] = xoroshiroZiggurat.sample();
    }
    return buffer;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double[] lxm64x128Ziggurat() {
    for (int i = 0; i < DRAWS; i++) {
      buffer[i] = lxmZiggurat.sample();
    }
    return buffer;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double[] splittableRandomGaussian() {
    for (int i = 0; i < DRAWS; i++) {
      buffer[i] = splittable.nextGaussian();
    }
    return buffer;
  }

  @Benchmark
  @OperationsPerInvocation(DRAWS)
  public double[] well19937cGaussian() {
    for (int i = 0; i < DRAWS; i++) {
      buffer[i] = well.nextGaussian();
    }
    return buffer;
  }
}
