package dev.zhanwang.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.launcher.JavaModuleOptions;

/**
 * The JVM options Spark needs on Java 17 (its own list, {@link JavaModuleOptions}, so that it
 * follows the Spark version): packages of {@code java.base} opened to Spark's reflection. They
 * must be given when the JVM starts; spark-submit gives them to the driver and Spark to every
 * executor it launches, and {@link ForecastWithSpark} to an embedded driver.
 */
final class JvmOptions {
  /** The package whose opening tells whether the options are in place: Spark fails first on it. */
  static final String FIRST_MISSING = "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED";

  private JvmOptions() {}

  /** Spark's options, one per element. */
  static List<String> all() {
    return Arrays.asList(JavaModuleOptions.defaultModuleOptionArray());
  }

  /** Whether this JVM was started with them (checked on the package Spark needs first). */
  static boolean inPlace() {
    Module base = Object.class.getModule();
    return base.isOpen("sun.nio.ch", JvmOptions.class.getModule());
  }
}
