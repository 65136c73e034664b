package dev.zhanwang.cli;

import dev.zhanwang.sim.Simulator;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * Shows how far a simulation has got, once it has run for more than a second: a bar redrawn in
 * place on a terminal, a line per quarter otherwise (logs, CI).
 */
final class ProgressDisplay implements Simulator.Progress {
  private static final long QUIET_NANOS = 1_000_000_000L;
  private static final long REDRAW_NANOS = 100_000_000L;
  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final boolean terminal;
  private final long started = System.nanoTime();
  private long lastDrawn;
  private int lastQuarter;
  private boolean shown;

  ProgressDisplay(PrintWriter err, boolean terminal) {
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public synchronized void advanced(long done, long total) {
    long now = System.nanoTime();
    if (now - started < QUIET_NANOS) {
      return;
    }
    double share = (double) done / total;
    if (terminal) {
      if (now - lastDrawn < REDRAW_NANOS && done < total) {
        return;
      }
      lastDrawn = now;
      int filled = (int) Math.round(share * WIDTH);
      err.printf(
          "\rSimulating [%s%s] %3.0f%%  %,d/%,d paths  %.1f s",
          "#".repeat(filled),
          ".".repeat(WIDTH - filled),
          100 * share,
          done,
          total,
          (now - started) / 1e9);
      err.flush();
      shown = true;
    } else {
      int quarter = (int) Math.floor(share * 4);
      if (quarter > lastQuarter) {
        lastQuarter = quarter;
        err.printf(
            "Simulated %,d/%,d paths (%.0f%%) in %.1f s%n",
            done, total, 100 * share, (now - started) / 1e9);
      }
    }
  }

  /** One line per batch of a run to a precision target; the next batch starts a new display. */
  @Override
  public synchronized void batchDone(long paths, double largestStdError, double wanted) {
    finish();
    shown = false;
    lastQuarter = 0;
    err.printf(
        Locale.ROOT,
        "Precision: %,d paths, largest s.e. of P(target met) %.5f (wanted <= %.5f)%n",
        paths,
        largestStdError,
        wanted);
  }

  /** Ends the bar's line, if one was drawn. */
  synchronized void finish() {
    if (shown) {
      err.println();
    }
  }
}
