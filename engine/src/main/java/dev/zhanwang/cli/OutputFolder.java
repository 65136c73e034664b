package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The output folder of a run ({@code run}, {@code compare-models}, {@code backtest}), written so
 * that no file the engine did not write is ever deleted or overwritten, and so that results
 * appear whole or not at all.
 *
 * <p>What happens depends on what {@code --out} names ({@link FolderContents}):
 *
 * <ul>
 *   <li><b>nothing</b>: the run writes into a hidden sibling {@code .<name>.partial-<pid>-<n>},
 *       which becomes the folder in one rename;
 *   <li><b>a folder a previous run wrote</b> (its {@code manifest.json} lists every other file
 *       in it): "Replacing previous results in DIR"; the old folder is renamed aside to
 *       {@code .<name>.old-<pid>-<n>}, the new one renamed in, then the old one deleted (only
 *       the files its manifest lists, then the folder itself). If the second rename fails the
 *       first is undone. The folder never holds a mix: it holds the old results or the new ones,
 *       or, between the two renames, nothing (if the process is killed just then, the next run
 *       puts the old results back);
 *   <li><b>an empty folder</b>: the files are moved into it, {@code manifest.json} last;
 *   <li><b>anything else</b>: refused (exit status 2), naming what is there and {@code --force}.
 *       With {@code --force} the run's files are added beside the others, unless the folder is
 *       one of the {@link ProtectedFolders} or holds a file this engine did not write under a
 *       name the run writes; files a previous run listed there may be replaced or, if this run
 *       does not write them, removed. This is not atomic: a process killed outright while it
 *       moves the files in can leave some new files beside old ones, without a manifest.
 * </ul>
 *
 * <p>The place is locked ({@link OutputLock}) from {@link #open} to {@link #close}, so two runs
 * into it cannot mix; under the lock, leftovers of runs killed outright are removed
 * ({@link #removeLeftovers}). If the process is stopped by SIGINT or SIGTERM,
 * {@link ShutdownCleanup} removes the staging folder; every change of state happens under this
 * object's lock, so the hook never meets a half-done swap.
 */
final class OutputFolder implements AutoCloseable, ShutdownCleanup.Interruptible {
  static final String MANIFEST = FolderContents.MANIFEST;
  private static final String PARTIAL = "partial";
  private static final String OLD = "old";
  /** Names the engine gives its working files and folders; an output may not look like one. */
  private static final Pattern WORKING_NAME =
      Pattern.compile("\\..+\\.(?:(?:" + PARTIAL + "|" + OLD + ")-\\d+-\\d+|lock)");
  /** How long the hook keeps deleting a staging folder that a writer is still filling. */
  private static final int DELETE_ATTEMPTS = 200;

  /**
   * What a command asks of its output folder.
   *
   * @param force whether to write beside files the engine did not write
   * @param inputs the files the run reads, which {@code --force} will not write beside
   * @param commandLine the command line, for the lock file
   * @param log where notices go (standard error)
   */
  record Request(boolean force, List<Path> inputs, List<String> commandLine, Consumer<String> log) {
    Request {
      inputs = List.copyOf(inputs);
      commandLine = List.copyOf(commandLine);
    }
  }

  /** The file-system steps of replacing results, apart so that a test can fail one. */
  interface Steps {
    /** Renames {@code from} to {@code to} in one step. */
    void rename(Path from, Path to) throws IOException;

    /** Deletes a previous run's folder: the files its manifest lists, then the folder. */
    void deletePreviousRun(Path folder) throws IOException;
  }

  static final Steps FILE_SYSTEM = new Steps() {
    @Override
    public void rename(Path from, Path to) throws IOException {
      Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
    }

    @Override
    public void deletePreviousRun(Path folder) throws IOException {
      OutputFolder.deletePreviousRun(folder);
    }
  };

  private enum State {
    OPEN,
    PUBLISHED,
    ABANDONED,
    CLOSED
  }

  private final OutputTarget target;
  private final Path path;
  private final Request request;
  private final Steps steps;
  private final Path staging;
  private OutputLock lock;
  private boolean stagingCreated;
  /** The previous results, renamed aside, until they are deleted. */
  private Path setAside;

  private State state = State.OPEN;

  private OutputFolder(OutputTarget target, Path path, Request request, Steps steps) {
    this.target = target;
    this.path = path;
    this.request = request;
    this.steps = steps;
    this.staging = sibling(path, PARTIAL);
  }

  /**
   * Checks that the run may write to {@code target}, locks it, removes leftovers of killed runs
   * and creates the staging folder.
   *
   * @throws InvalidInputException if the run may not write there (exit status 2), saying why
   */
  static OutputFolder open(OutputTarget target, Request request) {
    return open(target, request, FILE_SYSTEM);
  }

  static OutputFolder open(OutputTarget target, Request request, Steps steps) {
    Path path = realPath(target);
    try {
      // Refusals come before anything is created, so a refused run leaves no trace.
      check(target, path, FolderContents.of(path), request);
    } catch (IOException e) {
      throw unwritable(target, e);
    }
    OutputFolder folder = new OutputFolder(target, path, request, steps);
    ShutdownCleanup.register(folder);
    try {
      folder.start();
      return folder;
    } catch (IOException | RuntimeException e) {
      try {
        folder.close();
      } catch (IOException suppressed) {
        e.addSuppressed(suppressed);
      }
      throw e instanceof IOException io ? unwritable(target, io) : (RuntimeException) e;
    }
  }

  private synchronized void start() throws IOException {
    if (state != State.OPEN) {
      throw new IOException("the process is stopping");
    }
    Files.createDirectories(path.getParent());
    lock = OutputLock.acquire(path, target.shown(), request.commandLine());
    removeLeftovers(path, steps, request.log());
    check(target, path, FolderContents.of(path), request);
    Files.createDirectory(staging);
    stagingCreated = true;
  }

  /** Where the run writes until {@link #commit()}. */
  Path staging() {
    return staging;
  }

  /**
   * Publishes the staged files as the class comment describes.
   *
   * @throws InvalidInputException if the place changed during the run so that writing there is
   *     refused, or if the file system refused a step; the message says what is where
   */
  synchronized void commit() throws IOException {
    if (state != State.OPEN) {
      throw new IOException("the process is stopping; nothing was published");
    }
    FolderContents now = FolderContents.of(path);
    check(target, path, now, request);
    switch (now.kind()) {
      case ABSENT -> rename(staging, path, "nothing there was changed");
      case EMPTY -> moveIn(now, staged(now));
      case PREVIOUS_RUN -> replace();
      case FOREIGN -> {
        List<String> staged = staged(now);
        request
            .log()
            .accept("Adding results beside " + now.foreignSummary() + " in " + target.shown()
                + " (--force): none of them is changed");
        moveIn(now, staged);
      }
      default -> throw new IllegalStateException("check() refuses " + now.kind());
    }
    state = State.PUBLISHED;
  }

  private void replace() throws IOException {
    request.log().accept("Replacing previous results in " + target.shown());
    Path aside = sibling(path, OLD);
    rename(path, aside, "nothing there was changed");
    try {
      steps.rename(staging, path);
    } catch (IOException e) {
      String left;
      try {
        steps.rename(aside, path);
        left = "the previous results are back in place";
      } catch (IOException undo) {
        e.addSuppressed(undo);
        left = "the previous results are in " + OutputTarget.shown(aside)
            + ", which the next run into " + target.shown() + " puts back";
      }
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()), "could not be replaced, as " + e.getMessage() + "; " + left));
    }
    state = State.PUBLISHED;
    setAside = aside;
    try {
      steps.deletePreviousRun(aside);
      setAside = null;
    } catch (IOException e) {
      request
          .log()
          .accept("Could not remove the previous results set aside in "
              + OutputTarget.shown(aside) + " (" + e.getMessage() + "); the next run into "
              + target.shown() + " removes them");
    }
  }

  private void rename(Path from, Path to, String unchanged) {
    try {
      steps.rename(from, to);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()),
          "could not be written, as " + e.getMessage() + "; " + unchanged));
    }
  }

  /**
   * The staged files' names, the manifest last, after checking that none of them is the name of
   * a file in the folder that this engine did not write.
   */
  private List<String> staged(FolderContents now) throws IOException {
    List<String> staged;
    try (Stream<Path> files = Files.list(staging)) {
      staged = files
          .map(file -> file.getFileName().toString())
          .sorted(Comparator.comparing((String name) -> name.equals(MANIFEST))
              .thenComparing(Comparator.naturalOrder()))
          .toList();
    }
    List<String> clash = staged.stream()
        .filter(name -> now.foreign().contains(name) || now.foreign().contains(name + "/"))
        .toList();
    if (!clash.isEmpty()) {
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()),
          "must not hold files this engine did not write under names this run writes, but it"
              + " holds " + String.join(", ", clash) + "; nothing was written; choose another"
              + " --out"));
    }
    return staged;
  }

  /**
   * Moves the staged files into the existing folder, beside what is there, the manifest last;
   * files a previous run listed there are replaced or, if this run does not write them, removed.
   */
  private void moveIn(FolderContents now, List<String> staged) {
    Set<String> previous = Set.copyOf(now.previous());
    try {
      if (!previous.isEmpty()) {
        // While files change, the folder must not claim to hold one complete run.
        Files.deleteIfExists(path.resolve(MANIFEST));
      }
      for (String name : staged) {
        Path from = staging.resolve(name);
        Path to = path.resolve(name);
        if (previous.contains(name)) {
          Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        } else {
          // No REPLACE_EXISTING: fails rather than overwrite a file that appeared meanwhile.
          Files.move(from, to);
        }
      }
      for (String name : previous) {
        Path stale = path.resolve(name);
        if (!staged.contains(name) && Files.isRegularFile(stale, LinkOption.NOFOLLOW_LINKS)) {
          Files.delete(stale);
        }
      }
      Files.delete(staging);
    } catch (IOException e) {
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()),
          "could not be written completely, as " + e.getMessage() + "; it may hold some of"
              + " this run's files without their manifest, and all of its other files"));
    }
  }

  /**
   * Deletes the staging folder unless the results were published, and lets go of the place.
   */
  @Override
  public synchronized void close() throws IOException {
    try {
      if (state == State.OPEN && stagingCreated) {
        deleteTree(staging);
      }
    } finally {
      if (state != State.ABANDONED) {
        state = State.CLOSED;
      }
      ShutdownCleanup.unregister(this);
      if (lock != null) {
        lock.close();
      }
    }
  }

  /**
   * The shutdown hook's part: removes the staging folder, which the run's writers may still be
   * adding files to, or, if the results were published but the previous ones not yet deleted,
   * those; then lets go of the place.
   */
  @Override
  public synchronized void abandon() {
    try {
      if (state == State.OPEN && stagingCreated) {
        removeWhileWritten(staging);
        System.err.println("Interrupted before the results were complete; "
            + (Files.exists(path)
                ? "the previous results in " + target.shown() + " are unchanged."
                : "nothing was written to " + target.shown() + "."));
      } else if (state == State.PUBLISHED && setAside != null) {
        steps.deletePreviousRun(setAside);
      }
    } catch (IOException | UncheckedIOException e) {
      System.err.println(
          "Interrupted; could not remove " + OutputTarget.shown(staging) + ": " + e.getMessage());
    } finally {
      state = State.ABANDONED;
      try {
        if (lock != null) {
          lock.close();
        }
      } catch (IOException e) {
        System.err.println("Interrupted; could not remove the lock file of " + target.shown());
      }
    }
  }

  /**
   * Under the place's lock, removes what runs killed outright (SIGKILL, power cut) left beside
   * {@code path}, one line each: staging folders and files ({@code .<name>.partial-*}), and
   * previous results set aside ({@code .<name>.old-*}). If {@code path} itself is missing, the
   * run was killed between the two renames of a replacement: the newest previous results set
   * aside are put back instead.
   */
  static void removeLeftovers(Path path, Steps steps, Consumer<String> log) throws IOException {
    Pattern ours = Pattern.compile("\\." + Pattern.quote(path.getFileName().toString()) + "\\.("
        + PARTIAL + "|" + OLD + ")-\\d+-\\d+");
    List<Path> partial = new ArrayList<>();
    List<Path> old = new ArrayList<>();
    try (DirectoryStream<Path> siblings = Files.newDirectoryStream(path.getParent())) {
      for (Path sibling : siblings) {
        Matcher matcher = ours.matcher(sibling.getFileName().toString());
        if (matcher.matches()) {
          (matcher.group(1).equals(PARTIAL) ? partial : old).add(sibling);
        }
      }
    }
    for (Path leftover : partial) {
      deleteTree(leftover);
      log.accept(
          "Removed staging folder left by an interrupted run: " + OutputTarget.shown(leftover));
    }
    old.sort(Comparator.comparing(OutputFolder::writtenAt).reversed());
    if (!old.isEmpty() && !Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
      steps.rename(old.remove(0), path);
      log.accept("Put back previous results that an interrupted run had set aside: "
          + OutputTarget.shown(path));
    }
    for (Path leftover : old) {
      try {
        steps.deletePreviousRun(leftover);
        log.accept("Removed previous results left aside by an interrupted run: "
            + OutputTarget.shown(leftover));
      } catch (IOException e) {
        log.accept("Left " + OutputTarget.shown(leftover) + ", previous results set aside by an"
            + " interrupted run: " + e.getMessage());
      }
    }
  }

  /** When a folder's results were written: its manifest's time, else the folder's. */
  private static FileTime writtenAt(Path folder) {
    try {
      Path manifest = folder.resolve(MANIFEST);
      return Files.getLastModifiedTime(Files.exists(manifest) ? manifest : folder);
    } catch (IOException e) {
      return FileTime.fromMillis(0);
    }
  }

  /**
   * Deletes a previous run's folder: the files its manifest lists and the manifest, then the
   * folder, which fails (and keeps the folder) if anything else is in it.
   */
  static void deletePreviousRun(Path folder) throws IOException {
    Optional<List<String>> listed = FolderContents.manifestFiles(folder.resolve(MANIFEST));
    if (listed.isEmpty()) {
      throw new IOException(OutputTarget.shown(folder) + " has no manifest this engine wrote");
    }
    for (String name : listed.get()) {
      Path file = folder.resolve(name);
      if (Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
        Files.delete(file);
      }
    }
    Files.delete(folder.resolve(MANIFEST));
    try {
      Files.delete(folder);
    } catch (DirectoryNotEmptyException e) {
      throw new IOException(
          OutputTarget.shown(folder) + " holds files this engine did not write", e);
    }
  }

  /** {@code --out} with symbolic links resolved, so that renames act on the folder itself. */
  static Path realPath(OutputTarget target) {
    Path path = target.path();
    List<Path> missing = new ArrayList<>();
    Path existing = path;
    while (existing.getParent() != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      missing.add(0, existing.getFileName());
      existing = existing.getParent();
    }
    try {
      Path real = existing.toRealPath();
      for (Path name : missing) {
        real = real.resolve(name);
      }
      return real;
    } catch (IOException e) {
      throw unwritable(target, e);
    }
  }

  /** Refuses, with the reason, a place the run may not write to as it is now. */
  private static void check(
      OutputTarget target, Path path, FolderContents contents, Request request) throws IOException {
    Path shown = Path.of(target.shown());
    checkName(target, path);
    switch (contents.kind()) {
      case NOT_A_FOLDER ->
        throw new InvalidInputException(
            Problem.ofFile(shown, "--out must name a folder, but this is an existing file"));
      case FOREIGN -> {
        if (!request.force()) {
          throw new InvalidInputException(Problem.ofFile(
              shown,
              "must be a new folder, an empty"
                  + " one or one a previous run wrote, but it holds " + contents.foreignSummary()
                  + "; choose another --out, or add --force to write beside them (nothing of"
                  + " theirs is deleted or overwritten)"));
        }
        Optional<String> reason = ProtectedFolders.reason(path, request.inputs());
        if (reason.isPresent()) {
          throw new InvalidInputException(Problem.ofFile(
              shown, "with --force, must not be " + reason.get() + "; choose another --out"));
        }
        if (contents.foreign().contains(MANIFEST)) {
          throw new InvalidInputException(Problem.ofFile(
              shown,
              "with --force, must not hold a"
                  + " manifest.json this engine did not write, as every run writes one, but it"
                  + " does; choose another --out"));
        }
      }
      default -> {
        if (path.getParent() == null) {
          throw new InvalidInputException(Problem.ofFile(
              shown, "must not be a filesystem root, but it is one; choose another --out"));
        }
      }
    }
  }

  /** Refuses an output named like the engine's working files, which runs delete as leftovers. */
  static void checkName(OutputTarget target, Path path) {
    if (path.getFileName() != null
        && WORKING_NAME.matcher(path.getFileName().toString()).matches()) {
      throw new InvalidInputException(Problem.ofFile(
          Path.of(target.shown()),
          "must not be"
              + " named like the engine's working files (.NAME.partial-*, .NAME.old-*, .NAME.lock),"
              + " but it is; choose another --out"));
    }
  }

  /** A hidden working sibling of {@code path}: {@code .<name>.<kind>-<pid>-<n>}. */
  static Path sibling(Path path, String kind) {
    return path.resolveSibling("." + path.getFileName() + "." + kind + "-"
        + ProcessHandle.current().pid() + "-" + Long.toUnsignedString(System.nanoTime()));
  }

  static InvalidInputException unwritable(OutputTarget target, IOException e) {
    return new InvalidInputException(Problem.ofFile(
        Path.of(target.shown()),
        "--out must be a folder that can be written, but " + e.getMessage()));
  }

  /** Deletes a folder and all in it (or a file); nothing if it is missing. */
  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  /**
   * Removes a folder that other threads may still be creating files in: renamed first (to
   * another working name, which a later run would clean up), so that no file can be created
   * under its old name any more, then deleted, again while a file whose creation was under way
   * at the rename still appears. Where open files pin the folder (Windows), it is deleted in
   * place, again until the writers have stopped.
   */
  private void removeWhileWritten(Path folder) throws IOException {
    Path doomed = folder;
    try {
      doomed = Files.move(folder, sibling(path, PARTIAL), StandardCopyOption.ATOMIC_MOVE);
    } catch (IOException e) {
      // Deleted where it is, below.
    }
    deleteTreeWhileWritten(doomed);
  }

  /** {@link #deleteTree}, again while another thread still creates files in the folder. */
  private static void deleteTreeWhileWritten(Path root) throws IOException {
    for (int attempt = 1; ; attempt++) {
      try {
        deleteTree(root);
        return;
      } catch (DirectoryNotEmptyException | NoSuchFileException | FileAlreadyExistsException e) {
        if (attempt == DELETE_ATTEMPTS) {
          throw e;
        }
        try {
          Thread.sleep(10);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          throw e;
        }
      }
    }
  }
}
