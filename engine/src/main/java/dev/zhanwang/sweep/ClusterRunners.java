package dev.zhanwang.sweep;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Runners on a cluster, found with {@link ServiceLoader} when their module is on the class path
 * (the engine-spark jar provides one for Apache Spark); the engine itself depends on none.
 */
public interface ClusterRunners {
  /** What a user must do to get this runner, when it is missing: shown in the message. */
  String HOW_TO_GET_SPARK = "--spark needs the engine-spark module and Apache Spark on the class"
      + " path: run ./forecast-spark instead of ./forecast (it builds engine-spark and finds"
      + " Spark's jars through Maven), or spark-submit the engine-spark jar (README, Sweeps)";

  /**
   * A runner on {@code master} ({@code local[*]}, {@code spark://host:7077}, {@code yarn}, ...).
   *
   * @throws IllegalArgumentException when the master is not one this provider can use
   */
  SweepRunner open(String master);

  /** The first provider on the class path, if any. */
  static Optional<ClusterRunners> find() {
    return ServiceLoader.load(ClusterRunners.class).findFirst();
  }
}
