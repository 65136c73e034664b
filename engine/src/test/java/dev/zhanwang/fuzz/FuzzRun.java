package dev.zhanwang.fuzz;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The cases of one property: draws each from its own seeded random stream, builds it in its own
 * folder, runs its commands, checks them with the {@link Oracle}, and keeps the counts, the times
 * and one minimised reproducer per failure class.
 *
 * <p>A plain seeded loop, not a property-based testing library: every case is already checked
 * and grouped here (a library would only draw the numbers), cases run on
 * {@link FuzzSettings#workers()} threads while the next are drawn, and case {@code n} of a
 * property is the same whatever ran before it, because its stream's seed is the {@code n}-th
 * number of a stream seeded by {@code fuzz.seed} and the property's name. What a library's
 * shrinking would give, a smaller failing case, comes from {@link #minimise}: the changes of a
 * failing case are dropped one at a time while the same failure remains.
 */
final class FuzzRun {
  private final String property;
  private final long started = System.nanoTime();
  private final ExecutorService pool;
  private final Semaphore queued;
  private final AtomicInteger cases = new AtomicInteger();
  private final AtomicInteger failedCases = new AtomicInteger();
  private final AtomicInteger exit0 = new AtomicInteger();
  private final AtomicInteger exit2 = new AtomicInteger();
  private final AtomicInteger exitOther = new AtomicInteger();
  private final AtomicInteger hung = new AtomicInteger();
  private final AtomicInteger stackTraces = new AtomicInteger();
  private final AtomicInteger runsSkipped = new AtomicInteger();
  private final List<Long> caseMillis = new ArrayList<>();
  private final Map<String, FailureClass> classes = new TreeMap<>();
  private String slowest = "";
  private long slowestMillis = -1;
  private volatile Throwable harnessError;

  /** The failures of one signature: how often, and the smallest case that showed it. */
  static final class FailureClass {
    final String kind;
    int count;
    /** The changes of the smallest case that showed it (its example is minimised from that). */
    int claimed = Integer.MAX_VALUE;

    int savedChanges = Integer.MAX_VALUE;
    String example = "";
    Path saved;

    FailureClass(String kind) {
      this.kind = kind;
    }
  }

  /**
   * What running one case gave; {@code runSkipped} when its scenario was rejected and so not
   * run.
   */
  private record Outcome(
      List<CommandRun> runs, long millis, List<Oracle.Failure> failures, boolean runSkipped) {}

  private FuzzRun(String property) {
    this.property = property;
    int workers = FuzzSettings.workers();
    this.pool = Executors.newFixedThreadPool(workers, r -> {
      Thread t = new Thread(r, "fuzz-worker");
      t.setDaemon(true);
      return t;
    });
    // Bounded, so that drawing waits for the workers instead of piling up cases in memory.
    this.queued = new Semaphore(2 * workers);
  }

  /**
   * Runs a property's cases and fails when more of them failed than {@code fuzz.maxFailures}
   * allows, when fewer ran than asked, or when the harness itself failed. Prints one summary
   * line, then one line per failure class with its reproducer.
   *
   * @param property the property's name, which also seeds its cases
   * @param standard the number of cases at {@code fuzz.scale} 1
   * @param draw draws one case's recipe from its random stream
   */
  static <M> void check(String property, int standard, Function<SplittableRandom, Recipe<M>> draw)
      throws IOException, InterruptedException {
    int count = FuzzSettings.cases(standard);
    OptionalInt only = FuzzSettings.onlyCase();
    deleteTree(FuzzSettings.failureRoot().resolve(property));
    FuzzRun run = new FuzzRun(property);
    SplittableRandom seeds = new SplittableRandom(FuzzSettings.seed() * 31 + property.hashCode());
    for (int number = 1; number <= count; number++) {
      long seed = seeds.nextLong();
      if (only.isEmpty() || only.getAsInt() == number) {
        run.submit(number, seed, draw);
      }
    }
    String summary = run.finish();
    System.out.println(summary);
    deleteTree(FuzzSettings.workRoot().resolve(property));
    try {
      Files.deleteIfExists(FuzzSettings.workRoot()); // unless another property still uses it
    } catch (DirectoryNotEmptyException e) {
      // left for the property that is running
    }
    int expected = only.isPresent() ? 1 : count;
    if (run.cases.get() < expected) {
      throw new AssertionError(
          property + " ran " + run.cases.get() + " cases, fewer than the " + expected + " asked");
    }
    int allowed = FuzzSettings.maxFailures();
    if (allowed >= 0 && run.failedCases.get() > allowed) {
      throw new AssertionError(
          run.failedCases.get() + " cases failed (fuzz.maxFailures=" + allowed + "):\n" + summary);
    }
  }

  private <M> void submit(int number, long seed, Function<SplittableRandom, Recipe<M>> draw) {
    queued.acquireUninterruptibly();
    pool.execute(() -> {
      try {
        // Drawn and built on the worker: building parses YAML, which is worth doing in parallel.
        execute(number, seed, draw.apply(new SplittableRandom(seed)));
      } catch (Throwable t) { // a bug of the harness, not of the engine: fail the property
        harnessError = new IllegalStateException(
            "case " + number + " (seed " + seed + ") broke the harness", t);
      } finally {
        queued.release();
      }
    });
  }

  private <M> void execute(int number, long seed, Recipe<M> recipe) throws IOException {
    Case fuzzCase = recipe.build();
    Path dir = FuzzSettings.workRoot().resolve(property).resolve(String.valueOf(number));
    Outcome outcome = run(fuzzCase, dir);
    cases.incrementAndGet();
    for (Oracle.Failure failure :
        record(number, fuzzCase, outcome, dir, recipe.changes().size())) {
      Example example = minimise(recipe, fuzzCase, failure, dir.resolveSibling(number + "-min"));
      saveExample(number, seed, example);
    }
  }

  /** Builds the case in {@code dir}, runs its commands, checks them; removes the folder. */
  private Outcome run(Case fuzzCase, Path dir) throws IOException {
    try {
      deleteTree(dir);
      Map<Path, byte[]> inputs = fuzzCase.files().writeTo(dir);
      List<CommandRun> runs = new ArrayList<>();
      long millis = 0;
      String absolute = dir.toAbsolutePath().toString();
      Integer validated = null;
      boolean runSkipped = false;
      for (Case.Step step : fuzzCase.steps()) {
        if (step.role() == Case.Role.RUN
            && validated != null
            && validated != 0
            && !step.ifRejected()) {
          runSkipped = true;
          break;
        }
        List<String> args =
            step.args().stream().map(a -> a.replace(CaseFiles.CASE, absolute)).toList();
        CommandRun run = CommandRun.of(args, FuzzSettings.timeoutMillis());
        runs.add(run);
        millis += run.millis();
        if (step.role() == Case.Role.VALIDATE) {
          validated = run.status();
        }
        if (run.hung()) {
          break;
        }
      }
      List<Oracle.Failure> failures =
          new ArrayList<>(Oracle.check(fuzzCase.withSteps(runs.size()), runs, dir));
      checkInputs(inputs, dir, fuzzCase, runs, failures);
      return new Outcome(runs, millis, failures, runSkipped);
    } finally {
      deleteTree(dir);
    }
  }

  /** A case that shows a failure, with the number of changes it was built from. */
  private record Example(int changes, Case fuzzCase, Oracle.Failure failure) {}

  /**
   * The smallest case found that fails like {@code failure}: drops one change at a time from the
   * recipe, keeping each drop after which the case still fails with the same signature.
   */
  private <M> Example minimise(Recipe<M> recipe, Case fuzzCase, Oracle.Failure failure, Path dir)
      throws IOException {
    Recipe<M> smallest = recipe;
    Example example = new Example(recipe.changes().size(), fuzzCase, failure);
    boolean dropped = true;
    while (dropped && !smallest.changes().isEmpty()) {
      dropped = false;
      for (int i = 0; i < smallest.changes().size() && !dropped; i++) {
        List<M> fewer = new ArrayList<>(smallest.changes());
        fewer.remove(i);
        Recipe<M> candidate = smallest.with(fewer);
        Optional<Case> built = tryBuild(candidate);
        if (built.isEmpty()) {
          continue;
        }
        Optional<Oracle.Failure> same = run(built.get(), dir).failures().stream()
            .filter(f -> f.signature().equals(failure.signature()))
            .findFirst();
        if (same.isPresent()) {
          smallest = candidate;
          example = new Example(fewer.size(), built.get(), same.get());
          dropped = true;
        }
      }
    }
    return example;
  }

  /** The case of a recipe; empty when the changes left cannot build one (one needed another). */
  private static <M> Optional<Case> tryBuild(Recipe<M> recipe) {
    try {
      return Optional.of(recipe.build());
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /** Input files must be where they were, unchanged, unless a command was told to write there. */
  private static void checkInputs(
      Map<Path, byte[]> inputs,
      Path dir,
      Case fuzzCase,
      List<CommandRun> runs,
      List<Oracle.Failure> failures)
      throws IOException {
    List<Path> outputs = fuzzCase.steps().stream()
        .filter(s -> s.out() != null)
        .map(s -> dir.resolve(s.out()).normalize())
        .toList();
    for (Map.Entry<Path, byte[]> file : inputs.entrySet()) {
      if (outputs.stream().anyMatch(file.getKey()::startsWith)) {
        continue;
      }
      boolean kept = Files.isRegularFile(file.getKey(), LinkOption.NOFOLLOW_LINKS);
      if (!kept || !Arrays.equals(file.getValue(), Files.readAllBytes(file.getKey()))) {
        String what = kept ? "changed" : "deleted";
        failures.add(new Oracle.Failure(
            "input-" + what,
            "input file " + what + " by " + runs.get(0).args().get(0),
            dir.relativize(file.getKey()) + " " + what + " by "
                + String.join(" | ", runs.stream().map(CommandRun::command).toList())
                    .replace(dir.toString(), "<case>")));
      }
    }
  }

  /**
   * Counts the case and logs it; returns those of its failures for which it is a smaller
   * example than any kept or being minimised, to be minimised and saved.
   */
  private synchronized List<Oracle.Failure> record(
      int number, Case fuzzCase, Outcome outcome, Path dir, int changes) throws IOException {
    caseMillis.add(outcome.millis());
    if (outcome.runSkipped()) {
      runsSkipped.incrementAndGet();
    }
    if (FuzzSettings.log() != null) {
      log(number, fuzzCase, outcome, dir);
    }
    if (outcome.millis() > slowestMillis) {
      slowestMillis = outcome.millis();
      slowest = "case " + number + " " + fuzzCase.mutations();
    }
    for (CommandRun run : outcome.runs()) {
      (run.hung() ? hung : run.status() == 0 ? exit0 : run.status() == 2 ? exit2 : exitOther)
          .incrementAndGet();
    }
    if (outcome.failures().isEmpty()) {
      return List.of();
    }
    failedCases.incrementAndGet();
    if (outcome.failures().stream()
        .anyMatch(f -> f.kind().equals("stack-trace") || f.kind().equals("crash"))) {
      stackTraces.incrementAndGet();
    }
    Map<String, Oracle.Failure> distinct = new LinkedHashMap<>();
    outcome.failures().forEach(f -> distinct.putIfAbsent(f.signature(), f));
    List<Oracle.Failure> better = new ArrayList<>();
    for (Oracle.Failure failure : distinct.values()) {
      FailureClass c =
          classes.computeIfAbsent(failure.signature(), s -> new FailureClass(failure.kind()));
      c.count++;
      if (changes < c.claimed) {
        c.claimed = changes; // so that other workers do not minimise a bigger example of it
        better.add(failure);
      }
    }
    return better;
  }

  private void log(int number, Case fuzzCase, Outcome outcome, Path dir) throws IOException {
    StringBuilder entry =
        new StringBuilder(property + " case " + number + " " + fuzzCase.mutations() + "\n");
    String caseDir = dir.toAbsolutePath().toString();
    for (CommandRun run : outcome.runs()) {
      entry
          .append("  ")
          .append(run.command().replace(caseDir, "<case>"))
          .append(" -> exit ")
          .append(run.status())
          .append(", ")
          .append(run.millis())
          .append(" ms")
          .append(run.err()
              .lines()
              .findFirst()
              .map(l -> ": " + l.replace(caseDir, "<case>"))
              .map(Oracle::escape)
              .orElse(""))
          .append('\n');
    }
    outcome
        .failures()
        .forEach(
            f -> entry.append("  FAILURE ").append(Oracle.escape(f.signature())).append('\n'));
    // getBytes, unlike writeString, replaces what UTF-8 cannot hold (a lone surrogate).
    Files.write(
        FuzzSettings.log(),
        entry.toString().getBytes(StandardCharsets.UTF_8),
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
  }

  /**
   * Keeps the example's files and what happened under the failure root, replacing a bigger
   * example of the same class.
   */
  private synchronized void saveExample(int number, long seed, Example example) {
    Oracle.Failure failure = example.failure();
    FailureClass c = classes.get(failure.signature());
    if (c.saved != null && example.changes() >= c.savedChanges) {
      return;
    }
    c.savedChanges = example.changes();
    c.example = "case " + number + " (seed " + seed + "), minimised to " + example.changes()
        + " change(s):\n"
        + String.join(
            "\n",
            example.fuzzCase().mutations().stream()
                .map(m -> "  - " + Oracle.escape(m))
                .toList())
        + "\n" + failure.detail();
    String slug =
        failure.kind() + "-" + HexFormat.of().toHexDigits(failure.signature().hashCode());
    Path target = FuzzSettings.failureRoot().resolve(property).resolve(slug);
    try {
      deleteTree(target);
      example.fuzzCase().files().writeTo(target);
      StringBuilder text = new StringBuilder()
          .append("signature: ")
          .append(Oracle.escape(failure.signature()))
          .append('\n')
          .append(
              "Commands, from this folder (forecast = java -jar engine/target/forecast.jar):\n");
      for (Case.Step step : example.fuzzCase().steps()) {
        text.append("  forecast ")
            .append(String.join(" ", step.args()).replace(CaseFiles.CASE, "."))
            .append('\n');
      }
      text.append("The case before minimising, in the suite: mvn -B -ntp -pl engine test -Dtest=")
          .append(property)
          .append(" -Dfuzz.seed=")
          .append(FuzzSettings.seed())
          .append(" -Dfuzz.case=")
          .append(number)
          .append('\n');
      text.append('\n').append(c.example).append('\n');
      Files.write(target.resolve("case.txt"), text.toString().getBytes(StandardCharsets.UTF_8));
      c.saved = target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Waits for the queued cases; the summary line of the property. */
  private String finish() throws InterruptedException {
    pool.shutdown();
    if (!pool.awaitTermination(1, TimeUnit.HOURS)) {
      throw new IllegalStateException("fuzz cases still running after an hour");
    }
    if (harnessError != null) {
      throw new IllegalStateException("the fuzz harness failed", harnessError);
    }
    long[] sorted = caseMillis.stream().mapToLong(Long::longValue).sorted().toArray();
    long total = caseMillis.stream().mapToLong(Long::longValue).sum();
    StringBuilder line = new StringBuilder(String.format(
        "FUZZ %s: %d cases (seed %d), %d failed: %d with a stack trace, %d hung;"
            + " command exits: 0 x%d, 2 x%d, other x%d (%d runs of rejected scenarios left"
            + " out); wall %.1f s, commands %.1f s; per case median %d ms, p90 %d ms, max %d ms"
            + " (%s)",
        property,
        cases.get(),
        FuzzSettings.seed(),
        failedCases.get(),
        stackTraces.get(),
        hung.get(),
        exit0.get(),
        exit2.get(),
        exitOther.get(),
        runsSkipped.get(),
        (System.nanoTime() - started) / 1e9,
        total / 1e3,
        percentile(sorted, 0.5),
        percentile(sorted, 0.9),
        slowestMillis,
        slowest));
    Map<String, Integer> byKind = new TreeMap<>();
    classes.values().forEach(c -> byKind.merge(c.kind, c.count, Integer::sum));
    line.append(byKind.isEmpty() ? "; no failures" : "; failures by kind " + byKind);
    classes.entrySet().stream()
        .sorted(Comparator.comparing((Map.Entry<String, FailureClass> e) -> -e.getValue().count))
        .forEach(e -> line.append("\n  ")
            .append(e.getValue().count)
            .append(" x ")
            .append(Oracle.escape(e.getKey()))
            .append("\n      reproducer: ")
            .append(e.getValue().saved));
    return line.toString();
  }

  private static long percentile(long[] sorted, double p) {
    return sorted.length == 0 ? 0 : sorted[(int) Math.min(sorted.length - 1, p * sorted.length)];
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
