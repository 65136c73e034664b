package dev.zhanwang.sweep;

import dev.zhanwang.sim.PointStatistics;
import java.util.List;

/**
 * Runs a sweep's tasks somewhere and returns their statistics in task order, whichever finished
 * first: each task is a pure function of itself, so where it runs does not change a bit.
 */
public interface SweepRunner extends AutoCloseable {
  /** Told how many grid points are done; from any thread. */
  @FunctionalInterface
  interface Progress {
    Progress NONE = (done, total) -> {};

    void advanced(int done, int total);
  }

  /** Where the tasks run, for messages and the manifest: {@code thread pool (2 threads)}. */
  String description();

  /** The statistics of {@code tasks}, in their order. */
  List<PointStatistics> run(List<SweepTask> tasks, Progress progress);

  @Override
  default void close() {}
}
