package dev.zhanwang.spark;

import dev.zhanwang.sweep.ClusterRunners;
import dev.zhanwang.sweep.SweepRunner;

/**
 * The engine's way to Spark ({@code forecast sweep --spark MASTER}), registered in
 * {@code META-INF/services}. Refuses to start in a JVM without the options Spark needs on Java 17
 * rather than fail deep inside Spark: {@link ForecastWithSpark} and spark-submit set them.
 */
public final class SparkRunners implements ClusterRunners {
  @Override
  public SweepRunner open(String master) {
    if (master.isBlank()) {
      throw new IllegalArgumentException(
          "must name a Spark master such as local[*], but was empty");
    }
    if (!JvmOptions.inPlace()) {
      throw new IllegalArgumentException(master + ": Spark on Java 17 needs JVM options this"
          + " process was started without (" + JvmOptions.FIRST_MISSING + "); start the command"
          + " through ./forecast-spark or java -cp ... dev.zhanwang.spark.ForecastWithSpark,"
          + " which set them");
    }
    return new SparkSweepRunner(master);
  }
}
