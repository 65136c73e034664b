package dev.zhanwang.sweep;

import dev.zhanwang.model.Sampling;
import dev.zhanwang.sim.PointStatistics;
import dev.zhanwang.sim.SimulationPlan;
import java.io.Serializable;

/**
 * One grid point as a runner sees it: a compiled plan and how to run it, nothing that names a
 * file, so that it can be sent to another machine.
 *
 * @param point the grid point's index
 */
public record SweepTask(int point, SimulationPlan plan, Sampling sampling, long seed, long paths)
    implements Serializable {
  /** The point's statistics: every chunk in order, on the calling thread. */
  public PointStatistics run() {
    return PointStatistics.simulate(plan, sampling, seed, paths);
  }
}
