package dev.zhanwang.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The cases of one property: builds each in its own folder, runs its commands, checks them with
 * the {@link Oracle}, and keeps the counts, the times and one reproducer per failure class.
 *
 * <p>Cases run on {@link FuzzSettings#workers()} threads while jqwik generates the next ones
 * (generation is sequential and seeded, so the set of cases does not depend on the threads); in
 * shrink mode a case runs on the property's thread and a failure fails the try, so that jqwik
 * shrinks it.
 */
final class FuzzRun {
  private static volatile FuzzRun current;

  private final String property;
  private final long started = System.nanoTime();
  private final ExecutorService pool;
  private final Semaphore queued;
  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger failedCases = new AtomicInteger();
  private final AtomicInteger exit0 = new AtomicInteger();
  private final AtomicInteger exit2 = new AtomicInteger();
  private final AtomicInteger exitOther = new AtomicInteger();
  private final List<Long> caseMillis = new ArrayList<>();
  private final Map<String, FailureClass> classes = new TreeMap<>();
  private String slowest = "";
  private long slowestMillis = -1;
  private volatile Throwable harnessError;

  /** The failures of one signature: how often, and the smallest case that showed it. */
  static final class FailureClass {
    final String kind;
    int count;
    int exampleMutations = Integer.MAX_VALUE;
    String example = "";
    Path saved;

    FailureClass(String kind) {
      this.kind = kind;
    }
  }

  private FuzzRun(String property) {
    this.property = property;
    int workers = FuzzSettings.shrink() ? 1 : FuzzSettings.workers();
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true);
      return t;
    });
    // Bounded, so that generation waits for the workers instead of piling up cases in memory.
    this.queued = new Semaphore(2 * workers);
  }

  /** Starts a property's run, removing the reproducers of its previous run. */
  static FuzzRun start(String property) throws IOException {
    deleteTree(FuzzSettings.failureRoot().resolve(property));
    current = new FuzzRun(property);
    return current;
  }

  /** The run of the property executing now. */
  static FuzzRun current() {
    FuzzRun run = current;
    if (run == null) {
      throw new IllegalStateException("fuzz properties run under FuzzHook");
    }
    return run;
  }

  /**
   * Builds a case and runs it. A case the harness cannot build is a bug of the harness: it fails
   * the property when it finishes, after every other case has run.
   */
  void submit(Supplier<Case> build) {
    Case fuzzCase;
    try {
      fuzzCase = build.get();
    } catch (RuntimeException | StackOverflowError e) {
      if (FuzzSettings.shrink()) {
        throw e;
      }
      harnessError = new IllegalStateException("building case " + (cases.get() + 1)
          + " failed", e);
      return;
    }
    submit(fuzzCase);
  }

  /** Runs a case: later on a worker, or now, failing on the first failure, in shrink mode. */
  void submit(Case fuzzCase) {
    int number = cases.incrementAndGet();
    if (FuzzSettings.shrink()) {
      List<Oracle.Failure> failures = execute(number, fuzzCase);
      if (!failures.isEmpty()) {
        throw new AssertionError(failures.get(0).signature() + "\n" + failures.get(0).detail()
            + "mutations: " + fuzzCase.mutations());
      }
      return;
    }
    queued.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        execute(number, fuzzCase);
      } catch (Throwable t) { // a bug of the harness, not of the engine: fail the property
        harnessError = t;
      } finally {
        queued.release();
      }
    });
  }

  private List<Oracle.Failure> execute(int number, Case fuzzCase) {
    Path dir = FuzzSettings.workRoot().resolve(property).resolve(String.valueOf(number));
    try {
      deleteTree(dir);
      fuzzCase.files().writeTo(dir);
      Map<Path, String> before = hashes(dir);
      List<CommandRun> runs = new ArrayList<>();
      long millis = 0;
      String absolute = dir.toAbsolutePath().toString();
      for (Case.Step step : fuzzCase.steps()) {
        List<String> args = step.args().stream().map(a -> a.replace(CaseFiles.CASE, absolute))
            .toList();
        CommandRun run = CommandRun.of(args, FuzzSettings.timeoutMillis());
        runs.add(run);
        millis += run.millis();
        if (run.hung()) {
          break;
        }
      }
      List<Oracle.Failure> failures = new ArrayList<>(Oracle.check(fuzzCase.withSteps(runs.size()),
          runs, dir));
      checkInputs(before, dir, fuzzCase, runs, failures);
      record(number, fuzzCase, runs, millis, failures, dir);
      return failures;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      try {
        deleteTree(dir);
      } catch (IOException e) {
        harnessError = e;
      }
    }
  }

  /** Input files must be where they were, unchanged, unless a command was told to write there. */
  private static void checkInputs(Map<Path, String> before, Path dir, Case fuzzCase,
      List<CommandRun> runs, List<Oracle.Failure> failures) throws IOException {
    List<Path> outputs = fuzzCase.steps().stream().filter(s -> s.out() != null)
        .map(s -> dir.resolve(s.out()).normalize()).toList();
    Map<Path, String> after = hashes(dir);
    for (Map.Entry<Path, String> file : before.entrySet()) {
      if (outputs.stream().anyMatch(file.getKey()::startsWith)) {
        continue;
      }
      String now = after.get(file.getKey());
      if (!file.getValue().equals(now)) {
        String what = now == null ? "deleted" : "changed";
        failures.add(new Oracle.Failure("input-" + what, "input file " + what + " by "
            + runs.get(0).args().get(0), dir.relativize(file.getKey()) + " " + what + " by "
            + String.join(" | ", runs.stream().map(CommandRun::command).toList())
            .replace(dir.toString(), "<case>")));
      }
    }
  }

  private synchronized void record(int number, Case fuzzCase, List<CommandRun> runs, long millis,
      List<Oracle.Failure> failures, Path dir) throws IOException {
    caseMillis.add(millis);
    if (FuzzSettings.log() != null) {
      StringBuilder entry = new StringBuilder(property + " case " + number + " "
          + fuzzCase.mutations() + "\n");
      String caseDir = dir.toAbsolutePath().toString();
      for (CommandRun run : runs) {
        entry.append("  ").append(run.command().replace(caseDir, "<case>")).append(" -> exit ")
            .append(run.status()).append(", ").append(run.millis()).append(" ms")
            .append(run.err().lines().findFirst().map(l -> ": " + l.replace(caseDir, "<case>"))
                .map(Oracle::escape).orElse("")).append('\n');
      }
      failures.forEach(f -> entry.append("  FAILURE ").append(Oracle.escape(f.signature()))
          .append('\n'));
      // getBytes, unlike writeString, replaces what UTF-8 cannot hold (a lone surrogate).
      Files.write(FuzzSettings.log(), entry.toString().getBytes(StandardCharsets.UTF_8),
          StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
    if (millis > slowestMillis) {
      slowestMillis = millis;
      slowest = "case " + number + " " + fuzzCase.mutations();
    }
    for (CommandRun run : runs) {
      (run.status() == 0 ? exit0 : run.status() == 2 ? exit2 : exitOther).incrementAndGet();
    }
    if (failures.isEmpty()) {
      return;
    }
    failedCases.incrementAndGet();
    Map<String, Oracle.Failure> distinct = new LinkedHashMap<>();
    failures.forEach(f -> distinct.putIfAbsent(f.signature(), f));
    for (Oracle.Failure failure : distinct.values()) {
      FailureClass c = classes.computeIfAbsent(failure.signature(),
          s -> new FailureClass(failure.kind()));
      c.count++;
      if (fuzzCase.mutations().size() < c.exampleMutations) {
        c.exampleMutations = fuzzCase.mutations().size();
        c.example = "case " + number + ", mutations:\n" + String.join("\n",
            fuzzCase.mutations().stream().map(m -> "  - " + Oracle.escape(m)).toList())
            + "\n" + failure.detail();
        c.saved = saveReproducer(failure, fuzzCase, c);
      }
    }
  }

  /** The case's files and what happened, under the failure root, replacing a bigger example. */
  private Path saveReproducer(Oracle.Failure failure, Case fuzzCase, FailureClass c)
      throws IOException {
    String slug = failure.kind() + "-" + HexFormat.of().toHexDigits(failure.signature().hashCode());
    Path target = FuzzSettings.failureRoot().resolve(property).resolve(slug);
    deleteTree(target);
    fuzzCase.files().writeTo(target);
    StringBuilder text = new StringBuilder()
        .append("signature: ").append(Oracle.escape(failure.signature())).append('\n')
        .append("Commands, from this folder (forecast = java -jar engine/target/forecast.jar):\n");
    for (Case.Step step : fuzzCase.steps()) {
      text.append("  forecast ").append(String.join(" ", step.args()).replace(CaseFiles.CASE, "."))
          .append('\n');
    }
    text.append('\n').append(c.example).append('\n');
    Files.write(target.resolve("case.txt"), text.toString().getBytes(StandardCharsets.UTF_8));
    return target;
  }

  /** Waits for the queued cases; the summary line of the property. */
  String finish() throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
      throw new IllegalStateException("fuzz cases still running after an hour");
    }
    if (harnessError != null) {
      throw new IllegalStateException("the fuzz harness failed", harnessError);
    }
    long[] sorted = caseMillis.stream().mapToLong(Long::longValue).sorted().toArray();
    StringBuilder line = new StringBuilder(String.format(
        "FUZZ %s: %d cases (seed %s), %d failed; command exits: 0 x%d, 2 x%d, other x%d;"
            + " wall %.1f s; per case median %d ms, max %d ms (%s)",
        property, cases.get(), FuzzSettings.seed(), failedCases.get(), exit0.get(), exit2.get(),
        exitOther.get(), (System.nanoTime() - started) / 1e9,
        sorted.length == 0 ? 0 : sorted[sorted.length / 2], slowestMillis, slowest));
    Map<String, Integer> byKind = new TreeMap<>();
    classes.values().forEach(c -> byKind.merge(c.kind, c.count, Integer::sum));
    line.append(byKind.isEmpty() ? "; no failures" : "; failures by kind " + byKind);
    classes.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, FailureClass> e) -> -e.getValue().count))
        .forEach(e -> line.append("\n  ").append(e.getValue().count).append(" x ")
            .append(Oracle.escape(e.getKey())).append("\n      reproducer: ")
            .append(e.getValue().saved));
    return line.toString();
  }

  int cases() {
    return cases.get();
  }

  int failedCases() {
    return failedCases.get();
  }

  String property() {
    return property;
  }

  private static Map<Path, String> hashes(Path dir) throws IOException {
    Map<Path, String> hashes = new LinkedHashMap<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
          .toList()) {
        hashes.put(file, sha256(Files.readAllBytes(file)));
      }
    }
    return hashes;
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    }
  }
}
