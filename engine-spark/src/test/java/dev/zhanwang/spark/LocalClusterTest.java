package dev.zhanwang.spark;

import dev.zhanwang.scenario.SweepLoader;
import dev.zhanwang.sweep.Sweep;
import dev.zhanwang.sweep.SweepResult;
import dev.zhanwang.sweep.SweepRunner;
import dev.zhanwang.sweep.ThreadPoolRunner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The sweep on Spark's {@code local-cluster[2,1,1024]}: a master, two workers and two executor
 * JVMs on this machine, so plans and statistics really cross processes through Spark's
 * serializer. Spark's workers launch executors with Spark's launcher, which needs a Spark home
 * and its Scala version: the pom sets {@code SPARK_HOME=target/spark-home} and
 * {@code SPARK_SCALA_VERSION} for the tests, this test makes the home's empty {@code jars/}, and
 * the executors take this JVM's class path (absolute paths), which holds Spark and the engine.
 * No Spark distribution is needed.
 */
class LocalClusterTest {
  @Test
  @Timeout(300) // a hang (an executor that never registers) fails instead of stalling CI
  void run_localClusterOfTwoExecutorJvms_bitIdenticalToThreadPoolAndForecastRun()
      throws IOException {
    // A Spark home is a folder with jars/ (empty here: the class path below has them).
    Files.createDirectories(Path.of(System.getenv("SPARK_HOME"), "jars"));
    Sweep sweep = Sweep.compile(
        SweepLoader.load(SparkSweepRunnerTest.SWEEP), OptionalLong.of(SparkSweepRunnerTest.PATHS));
    SweepResult onThreads;
    try (SweepRunner threads = new ThreadPoolRunner(2)) {
      onThreads = sweep.result(threads.run(sweep.tasks(), SweepRunner.Progress.NONE));
    }
    SweepResult onCluster;
    System.setProperty("spark.executor.extraClassPath", System.getProperty("java.class.path"));
    try (SweepRunner cluster = new SparkRunners().open("local-cluster[2,1,1024]")) {
      onCluster = sweep.result(cluster.run(sweep.tasks(), SweepRunner.Progress.NONE));
    } finally {
      System.clearProperty("spark.executor.extraClassPath");
    }
    SparkSweepRunnerTest.assertSameRows(onThreads, onCluster);
    SparkSweepRunnerTest.assertEqualsForecastRun(sweep.file(), onCluster);
  }
}
