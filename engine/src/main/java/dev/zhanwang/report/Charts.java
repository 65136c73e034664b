package dev.zhanwang.report;

import dev.zhanwang.analysis.Forecast;
import dev.zhanwang.analysis.IndicatorFan;
import dev.zhanwang.analysis.RunInfo;
import dev.zhanwang.analysis.TargetOutcome;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.knowm.xchart.BitmapEncoder;
import org.knowm.xchart.BitmapEncoder.BitmapFormat;
import org.knowm.xchart.VectorGraphicsEncoder;
import org.knowm.xchart.VectorGraphicsEncoder.VectorGraphicsFormat;
import org.knowm.xchart.internal.chartpart.Chart;

/**
 * Every chart of a forecast, each as PNG (for documents) and SVG (for print and zooming): a fan
 * per flow indicator, P(target met) across targets, and a histogram per target check. Charts are
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

  /** A chart and the name of its files, without extension. */
  record ChartFile(Kind kind, String name, Chart<?, ?> chart) {}

  private final ChartLook look;
  private final int threads;
  private final Consumer<String> log;

  Charts(ChartLook look, int threads, Consumer<String> log) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, but was " + threads);
    }
    this.look = look;
    this.threads = threads;
    this.log = log;
  }

  /** The charts of a forecast, in the order their files are written and listed. */
  List<ChartFile> build(Forecast forecast) {
    List<ChartFile> charts = new ArrayList<>();
    for (IndicatorFan fan : forecast.fans()) {
      charts.add(new ChartFile(Kind.FAN, "fan-" + fileSafe(fan.indicator()),
          FanChart.of(fan, forecast.year(), look)));
    }
    if (!forecast.outcomes().isEmpty()) {
      charts.add(new ChartFile(Kind.PROBABILITY, "prob-met", ProbabilityChart.of(forecast, look)));
    }
    for (TargetOutcome outcome : forecast.outcomes()) {
      charts.add(new ChartFile(Kind.HISTOGRAM, "hist-" + fileSafe(outcome.target().id()) + "-"
          + outcome.criterion().label(), HistogramChart.of(outcome, forecast.year(), look)));
    }
    return charts;
  }

  @Override
  public List<Path> write(Forecast forecast, RunInfo run, Path dir) throws IOException {
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
        log.accept("Wrote " + String.format(kind.what, count) + " to "
            + dir.resolve(kind.files) + ".png and .svg");
      }
    }
    return written;
  }

  private static List<Path> render(ChartFile chart, Path dir) throws IOException {
    return render(chart.chart(), dir, chart.name());
  }

  /**
   * Both files of one chart, {@code name.png} and {@code name.svg}; drawn one after the other
   * because drawing lays out the chart.
   */
  static List<Path> render(Chart<?, ?> chart, Path dir, String name) throws IOException {
    Path png = dir.resolve(name + ".png");
    Path svg = dir.resolve(name + ".svg");
    try (OutputStream out = Files.newOutputStream(png)) {
      BitmapEncoder.saveBitmap(chart, out, BitmapFormat.PNG);
    }
    try (OutputStream out = Files.newOutputStream(svg)) {
      VectorGraphicsEncoder.saveVectorGraphic(chart, out, VectorGraphicsFormat.SVG);
    }
    return List.of(png, svg);
  }

  /** Ids come from data files; keep file names to characters every file system accepts. */
  private static String fileSafe(String id) {
    return id.replaceAll("[^A-Za-z0-9_.-]", "_");
  }
}
