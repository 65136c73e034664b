/**
 * The Monte Carlo kernel: {@link dev.zhanwang.sim.PlanCompiler} turns a scenario into a
 * {@link dev.zhanwang.sim.SimulationPlan} of flat arrays, and {@link dev.zhanwang.sim.Simulator}
 * runs it in chunks, each with its own random stream, on a pool of threads.
 */
package dev.zhanwang.sim;
