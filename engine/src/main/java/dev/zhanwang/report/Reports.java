package dev.zhanwang.report;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.RunInfo;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * Writes every {@link ReportFormat} of a forecast into one folder: all but the manifest at the
 * same time, each on its own thread (a format that is slow to write, such as the charts, then
 * does not hold up the others), then the manifest.
 */
public final class Reports {
  private Reports() {}

  /**
   * Starts, on a thread of its own, what the chosen outputs need before any result exists: the
   * charts' look, found among the installed fonts. A command calls it first, so that the look is
   * ready by the time its results are.
   */
  public static void prepare(OutputChoice choice) {
    if (!choice.images().isEmpty()) {
      ChartLook.prepare();
    }
  }

  /**
   * Writes all formats into {@code dir}, an existing folder, the manifest last so that it lists
   * every other file and the whole run's time. The folder is not created here: the command line
   * deletes an interrupted run's folder while its writers may still run, and a writer must then
   * fail rather than create it again.
   *
   * @param audit the audit of the forecast's targets: summary.csv's notes, the manifest's section
   * @param choice the outputs {@code --charts} chose
   * @param log receives one {@code Wrote <what> to <path>} line per kind of file, as each is
   *     written (from the writing thread; the order of formats written at once may vary)
   * @param timed told how long each format that wrote a file took, as it finishes (a format not
   *     asked for, such as samples.csv without --samples, is not timed)
   * @return every file written, in the order of {@link ReportFormat}, whichever finished first
   */
  public static List<Path> writeAll(
      Forecast forecast,
      Audit audit,
      RunInfo run,
      Path dir,
      OutputChoice choice,
      Consumer<String> log,
      BiConsumer<ReportFormat, Duration> timed)
      throws IOException {
    Consumer<String> logged = line -> {
      synchronized (log) {
        log.accept(line);
      }
    };
    Map<ReportFormat, CompletableFuture<List<Path>>> writing = new EnumMap<>(ReportFormat.class);
    for (ReportFormat format : ReportFormat.values()) {
      if (format != ReportFormat.MANIFEST) {
        // Created on the writer's thread too: the charts' reporter looks through the fonts.
        writing.put(
            format,
            CompletableFuture.supplyAsync(
                () -> timedWrite(
                    format,
                    format.create(logged, List.of(), choice, audit),
                    forecast,
                    run,
                    dir,
                    timed),
                Writers.POOL));
      }
    }
    List<Path> written = new ArrayList<>();
    for (CompletableFuture<List<Path>> files : writing.values()) {
      written.addAll(join(files, writing));
    }
    Reporter manifest = ReportFormat.MANIFEST.create(logged, written, choice, audit);
    try {
      written.addAll(timedWrite(ReportFormat.MANIFEST, manifest, forecast, run, dir, timed));
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return List.copyOf(written);
  }

  /** As {@link #writeAll(Forecast, Audit, RunInfo, Path, OutputChoice, Consumer, BiConsumer)}. */
  public static List<Path> writeAll(
      Forecast forecast,
      Audit audit,
      RunInfo run,
      Path dir,
      OutputChoice choice,
      Consumer<String> log)
      throws IOException {
    return writeAll(forecast, audit, run, dir, choice, log, (format, time) -> {});
  }

  private static List<Path> timedWrite(
      ReportFormat format,
      Reporter reporter,
      Forecast forecast,
      RunInfo run,
      Path dir,
      BiConsumer<ReportFormat, Duration> timed) {
    long start = System.nanoTime();
    try {
      List<Path> files = reporter.write(forecast, run, dir);
      if (!files.isEmpty() || format == ReportFormat.MANIFEST) { // not what was not asked for
        timed.accept(format, Duration.ofNanos(System.nanoTime() - start));
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The files of one format; on its failure, the others are cancelled (those already running
   * finish, and the caller removes the folder) and its exception is rethrown as it was.
   */
  private static List<Path> join(
      CompletableFuture<List<Path>> files, Map<ReportFormat, CompletableFuture<List<Path>>> all)
      throws IOException {
    try {
      return files.get();
    } catch (InterruptedException e) {
      all.values().forEach(f -> f.cancel(true));
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing the outputs");
    } catch (ExecutionException e) {
      all.values().forEach(f -> f.cancel(true));
      Throwable cause = e.getCause() instanceof CompletionException c ? c.getCause() : e.getCause();
      if (cause instanceof UncheckedIOException io) {
        throw io.getCause();
      }
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Daemon threads, so that a run stopped by a signal does not wait for a writer. */
  private static final class Writers {
    static final ExecutorService POOL = Executors.newCachedThreadPool(task -> {
      Thread thread = new Thread(task, "output-writer");
      thread.setDaemon(true);
      return thread;
    });
  }
}
