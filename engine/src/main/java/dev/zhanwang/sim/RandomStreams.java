package dev.zhanwang.sim;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * One random stream per chunk of paths, derived from the run's seed alone: stream {@code i} is the
 * seeded xoroshiro128++ generator advanced by {@code i} jumps of 2^64 draws, so streams never
 * overlap and chunk {@code i} draws the same numbers whichever thread runs it.
 */
final class RandomStreams {
  static final RandomSource SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

  private final JumpableUniformRandomProvider root;
  private final List<UniformRandomProvider> streams = new ArrayList<>();

  RandomStreams(long seed) {
    root = (JumpableUniformRandomProvider) SOURCE.create(seed);
  }

  /** Streams for chunks {@code 0..count-1}; cheap to extend (one jump per new chunk). */
  List<UniformRandomProvider> first(int count) {
    while (streams.size() < count) {
      streams.add(root.jump());
    }
    return streams.subList(0, count);
  }
}
