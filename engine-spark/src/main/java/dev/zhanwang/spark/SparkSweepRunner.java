package dev.zhanwang.spark;

import dev.zhanwang.sim.PointStatistics;
import dev.zhanwang.sweep.SweepRunner;
import dev.zhanwang.sweep.SweepTask;
import java.util.List;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.api.java.function.Function;

/**
 * Grid points as Spark tasks: the tasks ({@link SweepTask}: a compiled plan, seed, sampling and
 * paths, no file names) are parallelized one per partition, each partition runs its point's
 * chunks in chunk order ({@link SweepTask#run}), and {@code collect} returns the partitions in
 * their order, so the statistics come back in grid order with no reduction whose order Spark
 * chooses. Spark's default (Java) serializer carries plans and statistics: a task is a few
 * kilobytes, its result a few hundred bytes per target, so a faster serializer would save
 * little, and it would have to be proven to give the same bits.
 */
public final class SparkSweepRunner implements SweepRunner {
  private final JavaSparkContext context;
  private final String master;

  /**
   * Starts (or joins, under spark-submit) a Spark context on {@code master}.
   *
   * @param master as Spark's {@code --master}: {@code local[2]}, {@code spark://host:7077}, ...
   */
  SparkSweepRunner(String master) {
    SparkConf conf = new SparkConf()
        .setAppName("zhanwang sweep")
        .setMaster(master)
        // The driver's own log lines would bury the command's; warnings still show.
        .set("spark.ui.enabled", "false")
        .set("spark.ui.showConsoleProgress", "false");
    if (master.startsWith("local")) {
      // Embedded Spark talks to itself only: on the loopback address, not the machine's network.
      conf.set("spark.driver.host", "127.0.0.1").set("spark.driver.bindAddress", "127.0.0.1");
    }
    this.context =
        JavaSparkContext.fromSparkContext(org.apache.spark.SparkContext.getOrCreate(conf));
    this.context.setLogLevel("WARN");
    this.master = master;
  }

  @Override
  public String description() {
    return "Spark " + master + " (Spark " + context.version() + ")";
  }

  @Override
  public List<PointStatistics> run(List<SweepTask> tasks, Progress progress) {
    if (tasks.isEmpty()) {
      return List.of();
    }
    Function<SweepTask, PointStatistics> simulate = SweepTask::run;
    List<PointStatistics> results =
        context.parallelize(tasks, tasks.size()).map(simulate).collect();
    progress.advanced(results.size(), tasks.size());
    return results;
  }

  @Override
  public void close() {
    context.stop();
  }
}
