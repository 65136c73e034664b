package dev.zhanwang.spark;

import dev.zhanwang.cli.ForecastCommand;
import java.util.ArrayList;
import java.util.List;

/**
 * The class spark-submit runs: {@code forecast sweep SWEEP.yaml [options]} on the master
 * spark-submit was given ({@code --master yarn}, {@code k8s://...}, {@code spark://...}), which it
 * passes to the driver as the system property {@code spark.master}. Arguments are those of
 * {@code forecast sweep}, without {@code --spark}.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    String master = System.getProperty("spark.master");
    List<String> command = new ArrayList<>(List.of("sweep"));
    command.addAll(List.of(args));
    if (master != null && !List.of(args).contains("--spark")) {
      command.addAll(List.of("--spark", master));
    }
    ForecastCommand.main(command.toArray(String[]::new));
  }
}
