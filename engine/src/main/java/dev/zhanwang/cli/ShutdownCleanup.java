package dev.zhanwang.cli;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Cleans up the output places being written when the JVM is asked to stop (Ctrl+C, SIGINT,
 * SIGTERM): one shutdown hook for the process, which asks every open {@link Interruptible} to
 * remove what it has not published. A place registers before it creates anything and leaves
 * when it is closed.
 *
 * <p>The hook runs while the command's own threads still run; each place coordinates with them
 * under its own lock ({@link OutputFolder}). SIGKILL and power cuts run no hook: the next run into
 * the same place removes what they left ({@link OutputFolder#removeLeftovers}).
 */
final class ShutdownCleanup {
  private static final Set<Interruptible> OPEN = ConcurrentHashMap.newKeySet();
  private static volatile boolean started;

  /** Something being written that the hook must remove if the process stops first. */
  interface Interruptible {
    /** Removes what is not published and lets go of the place; called once, by the hook. */
    void abandon();
  }

  private ShutdownCleanup() {}

  static void register(Interruptible place) {
    Hook.install();
    OPEN.add(place);
  }

  static void unregister(Interruptible place) {
    OPEN.remove(place);
  }

  /** Whether the hook has started: the process is stopping and what is open was removed. */
  static boolean started() {
    return started;
  }

  private static void abandonAll() {
    started = true;
    for (Interruptible place : OPEN) {
      place.abandon();
    }
  }

  /** Installs the hook once, on first use. */
  private static final class Hook {
    static {
      Runtime.getRuntime()
          .addShutdownHook(new Thread(ShutdownCleanup::abandonAll, "forecast-output-cleanup"));
    }

    static void install() {
      // Loading this class ran the static initialiser.
    }
  }
}
