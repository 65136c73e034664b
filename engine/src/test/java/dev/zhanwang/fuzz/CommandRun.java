package dev.zhanwang.fuzz;

import dev.zhanwang.cli.ForecastCommand;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;

/**
 * One {@code forecast} command run in-process, as {@code ForecastCommand.main} would run it but
 * with captured output, and stopped if it runs longer than the timeout.
 *
 * @param args the arguments as given
 * @param status the exit status; -1 when the command did not return (hang or escaped throwable)
 * @param out what it printed on standard output
 * @param err what it printed on standard error
 * @param millis wall time
 * @param hung true when it was still running at the timeout
 * @param escaped a throwable that escaped {@code execute}, else null
 */
record CommandRun(
    List<String> args,
    int status,
    String out,
    String err,
    long millis,
    boolean hung,
    Throwable escaped) {

  /** Runs {@code args}; a command still running after {@code timeoutMillis} is stopped. */
  static CommandRun of(List<String> args, long timeoutMillis) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int[] status = {-1};
    Throwable[] escaped = {null};
    Thread thread = new Thread(
        () -> {
          try {
            status[0] = ForecastCommand.execute(
                args.toArray(String[]::new),
                new PrintWriter(out, true),
                new PrintWriter(err, true));
          } catch (Throwable t) { // the oracle reports whatever escapes, Errors included
            escaped[0] = t;
          }
        },
        "fuzz-case");
    thread.setDaemon(true);
    long started = System.nanoTime();
    thread.start();
    boolean hung = false;
    try {
      thread.join(timeoutMillis);
      if (thread.isAlive()) {
        hung = true;
        stop(thread);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      stop(thread);
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    synchronized (out.getBuffer()) {
      return new CommandRun(
          List.copyOf(args),
          hung ? -1 : status[0],
          out.toString(),
          err.toString(),
          millis,
          hung,
          hung ? null : escaped[0]);
    }
  }

  /**
   * Ends a hung command. Interrupting is not enough for a loop that never looks at its interrupt
   * flag, and a hung case left running would slow or exhaust the rest of the suite; Thread.stop
   * still works on Java 17 and is acceptable here, where the thread runs one throwaway case.
   */
  @SuppressWarnings({"deprecation", "removal"})
  private static void stop(Thread thread) {
    thread.interrupt();
    try {
      thread.join(500);
      if (thread.isAlive()) {
        thread.stop();
        thread.join(2000);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  String command() {
    return "forecast " + String.join(" ", args.stream().map(CommandRun::quote).toList());
  }

  private static String quote(String arg) {
    return arg.matches("[A-Za-z0-9_@%+=:,./-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'";
  }
}
