package dev.zhanwang.report;

import dev.zhanwang.forecast.Criterion;
import dev.zhanwang.forecast.Forecast;
import dev.zhanwang.forecast.IndicatorFan;
import dev.zhanwang.forecast.RunInfo;
import dev.zhanwang.forecast.TargetOutcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Every chart of a forecast, in each chosen {@link ChartFormat}: a fan per flow indicator,
 * P(target met) across targets, and a histogram per target check. Charts are
 * independent, so they are drawn on a few threads; each file depends only on its own chart, so
 * the output is the same for any number of threads.
 */
final class Charts implements Reporter {
  /**
   * A few threads: the ~40 charts of a full run take about a second on one, and every chart being
   * drawn holds its own image in memory.
   */
  static final int THREADS = Math.min(4, Runtime.getRuntime().availableProcessors());

  /** Kinds of chart, each logged as one line. */
  enum Kind {
    FAN("%d fan charts", "fan-*"),
    PROBABILITY("P(target met) chart", "prob-met"),
    HISTOGRAM("%d outcome histograms", "hist-*");

    private final String what;
    private final String files;

    Kind(String what, String files) {
      this.what = what;
      this.files = files;
    }
  }

  /** A figure and the name of its files, without extension. */
  record ChartFile(Kind kind, String name, Figure figure) {}

  private final ChartLook look;
  private final Set<ChartFormat> formats;
  private final int threads;
  private final Consumer<String> log;

  Charts(ChartLook look, Set<ChartFormat> formats, int threads, Consumer<String> log) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, but was " + threads);
    }
    this.look = look;
    this.formats = EnumSet.noneOf(ChartFormat.class);
    this.formats.addAll(formats);
    this.threads = threads;
    this.log = log;
  }

  /** The charts of a forecast, in the order their files are written and listed. */
  List<ChartFile> build(Forecast forecast) {
    List<ChartFile> charts = new ArrayList<>();
    for (IndicatorFan fan : forecast.fans()) {
      charts.add(new ChartFile(
          Kind.FAN,
          "fan-" + fileSafe(fan.indicator()),
          FanChart.of(fan, growthTargets(forecast, fan), forecast.year(), look)));
    }
    if (!forecast.outcomes().isEmpty()) {
      charts.add(new ChartFile(Kind.PROBABILITY, "prob-met", ProbabilityChart.of(forecast, look)));
    }
    for (TargetOutcome outcome : forecast.outcomes()) {
      charts.add(new ChartFile(
          Kind.HISTOGRAM,
          "hist-" + fileSafe(outcome.target().id()) + "-" + outcome.criterion().label(),
          Figure.of(HistogramChart.of(outcome, forecast.year(), look))));
    }
    return charts;
  }

  /** The growth targets on a fan's indicator, in percent, as the fan's growth panel marks them. */
  private static List<Double> growthTargets(Forecast forecast, IndicatorFan fan) {
    return forecast.outcomes().stream()
        .filter(outcome -> outcome.criterion() == Criterion.GROWTH
            && outcome.target().indicator().equals(fan.indicator()))
        .map(TargetOutcome::threshold)
        .toList();
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
    if (formats.isEmpty()) {
      return List.of();
    }
    if (!look.notice().isEmpty()) {
      log.accept(look.notice());
    }
    List<ChartFile> charts = build(forecast);
    List<Callable<List<Path>>> tasks = new ArrayList<>();
    for (ChartFile chart : charts) {
      tasks.add(() -> render(chart, dir));
    }
    List<Path> written = new ArrayList<>();
    ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "chart-writer");
      thread.setDaemon(true);
      return thread;
    });
    try {
      for (Future<List<Path>> files : pool.invokeAll(tasks)) {
        written.addAll(files.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while writing charts");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      }
      throw new IllegalStateException("could not draw a chart: " + e.getCause(), e.getCause());
    } finally {
      pool.shutdownNow();
    }
    for (Kind kind : Kind.values()) {
      long count = charts.stream().filter(chart -> chart.kind() == kind).count();
      if (count > 0) {
        log.accept("Wrote " + String.format(kind.what, count) + " to " + dir.resolve(kind.files)
            + ChartFormat.extensions(formats));
      }
    }
    return written;
  }

  private List<Path> render(ChartFile chart, Path dir) throws IOException {
    return render(chart.figure(), dir, chart.name(), formats);
  }

  /** As {@link #render(Figure, Path, String, Set)}, for one XChart chart. */
  static List<Path> render(Chart<?, ?> chart, Path dir, String name, Set<ChartFormat> formats)
      throws IOException {
    return render(Figure.of(chart), dir, name, formats);
  }

  /**
   * One figure's files, {@code name.png}, {@code name.svg}, in the given formats; drawn one after
   * the other because drawing lays out the chart.
   */
  static List<Path> render(Figure chart, Path dir, String name, Set<ChartFormat> formats)
      throws IOException {
    List<Path> files = new ArrayList<>();
    for (ChartFormat format : ChartFormat.values()) {
      if (!formats.contains(format)) {
        continue;
      }
      Path file = dir.resolve(name + "." + format.label());
      try (OutputStream out = Files.newOutputStream(file)) {
        format.save(chart, out);
      }
      files.add(file);
    }
    return files;
  }

  /** Ids come from data files; keep file names to characters every file system accepts. */
  private static String fileSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
