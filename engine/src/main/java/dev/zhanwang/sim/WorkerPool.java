package dev.zhanwang.sim;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads of one simulation run. Each phase of a run hands every worker the same task, which
 * takes its share of the work from a shared counter; a single worker runs it on the caller's
 * thread, with no hand-off to a pool and back. Daemon threads, so an interrupted run never keeps
 * the process alive.
 */
final class WorkerPool implements AutoCloseable {
  private final int workers;
  private final ExecutorService pool;

  WorkerPool(int workers) {
    this.workers = workers;
    this.pool = workers == 1 ? null : Executors.newFixedThreadPool(workers, daemon());
  }

  int workers() {
    return workers;
  }

  /** Runs {@code task} on every worker and waits, rethrowing the first failure. */
  void runOnAll(Runnable task) {
    if (pool == null) {
      task.run();
      return;
    }
    List<Future<?>> futures = new ArrayList<>();
    for (int t = 0; t < workers; t++) {
      futures.add(pool.submit(task));
    }
    try {
      for (Future<?> future : futures) {
        future.get();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("simulation interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime;
      }
      if (cause instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(cause);
    }
  }

  @Override
  public void close() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  private static ThreadFactory daemon() {
    AtomicInteger count = new AtomicInteger();
    return task -> {
      Thread thread = new Thread(task, "zhanwang-sim-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
