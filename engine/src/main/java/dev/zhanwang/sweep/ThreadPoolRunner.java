package dev.zhanwang.sweep;

import dev.zhanwang.sim.PointStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default runner: grid points on the engine's own threads, each point's chunks in order on
 * one thread, results kept by point index. Points, not chunks, are shared out: a sweep has many,
 * and a point's values stay on the thread that merges them.
 */
public final class ThreadPoolRunner implements SweepRunner {
  private final int threads;

  public ThreadPoolRunner(int threads) {
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be >= 1, but was " + threads);
    }
    this.threads = threads;
  }

  @Override
  public String description() {
    return "thread pool (" + threads + (threads == 1 ? " thread)" : " threads)");
  }

  @Override
  public List<PointStatistics> run(List<SweepTask> tasks, Progress progress) {
    PointStatistics[] results = new PointStatistics[tasks.size()];
    AtomicInteger next = new AtomicInteger();
    AtomicInteger done = new AtomicInteger();
    Runnable worker = () -> {
      for (int i = next.getAndIncrement(); i < tasks.size(); i = next.getAndIncrement()) {
        results[i] = tasks.get(i).run();
        progress.advanced(done.incrementAndGet(), tasks.size());
      }
    };
    int workers = Math.min(threads, Math.max(1, tasks.size()));
    if (workers == 1) {
      worker.run();
      return List.of(results);
    }
    ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
      Thread thread = new Thread(task, "zhanwang-sweep");
      thread.setDaemon(true); // an interrupted sweep never keeps the process alive
      return thread;
    });
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < workers; t++) {
        futures.add(pool.submit(worker));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("sweep interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    } finally {
      pool.shutdownNow();
    }
    return List.of(results);
  }
}
