package dev.zhanwang.sim;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.rng.JumpableUniformRandomProvider;
import org.apache.commons.rng.LongJumpableUniformRandomProvider;
import org.apache.commons.rng.UniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Two random streams per chunk of paths, derived from the run's seed alone. The shock stream of
 * chunk {@code i} is the seeded xoroshiro128++ generator advanced by {@code i} jumps of 2^64
 * draws; its auxiliary stream (project events, chi-square draws) starts a long jump (2^96) further
 * on. Streams never overlap, chunk {@code i} draws the same numbers whichever thread runs it, and
 * models that need extra draws leave the normals of every other model untouched, so runs that
 * differ only in their models share their random numbers.
 */
final class RandomStreams {
  static final RandomSource SOURCE = RandomSource.XO_RO_SHI_RO_128_PP;

  /** The streams of one chunk. */
  record Chunk(UniformRandomProvider shocks, UniformRandomProvider auxiliary) {}

  private final JumpableUniformRandomProvider shocks;
  private final JumpableUniformRandomProvider auxiliary;
  private final List<Chunk> chunks = new ArrayList<>();

  RandomStreams(long seed) {
    LongJumpableUniformRandomProvider root =
        (LongJumpableUniformRandomProvider) SOURCE.create(seed);
    // longJump() returns a copy at the seeded state and moves the root itself 2^96 ahead.
    shocks = (JumpableUniformRandomProvider) root.longJump();
    auxiliary = root;
  }

  /** Streams for chunks {@code 0..count-1}; cheap to extend (one jump each per new chunk). */
  List<Chunk> first(int count) {
    while (chunks.size() < count) {
      chunks.add(new Chunk(shocks.jump(), auxiliary.jump()));
    }
    return chunks.subList(0, count);
  }
}
