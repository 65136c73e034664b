/**
 * A sweep's grid points on Apache Spark: {@link dev.zhanwang.spark.SparkSweepRunner}, found by
 * the engine through {@link dev.zhanwang.spark.SparkRunners} when this module is on the class
 * path; {@link dev.zhanwang.spark.ForecastWithSpark} starts the command line with the JVM options
 * Spark needs on Java 17, and {@link dev.zhanwang.spark.SparkMain} is the class spark-submit runs.
 */
package dev.zhanwang.spark;
