package dev.zhanwang.spark;

import dev.zhanwang.cli.ForecastCommand;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line with Spark at hand ({@code ./forecast-spark}): {@code forecast} itself, in a
 * JVM that has the options Spark needs on Java 17. Started without them, it starts itself again
 * with them (one more JVM start, a fraction of a second), so no user has to type them.
 */
public final class ForecastWithSpark {
  private ForecastWithSpark() {}

  public static void main(String[] args) throws IOException, InterruptedException {
    if (JvmOptions.inPlace()) {
      ForecastCommand.main(args);
      return;
    }
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(JvmOptions.all());
    command.addAll(java.lang.management.ManagementFactory.getRuntimeMXBean().getInputArguments());
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(ForecastWithSpark.class.getName());
    command.addAll(List.of(args));
    Process child = new ProcessBuilder(command).inheritIO().start();
    System.exit(child.waitFor());
  }
}
