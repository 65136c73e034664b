package dev.zhanwang.cli;

import dev.zhanwang.input.InvalidInputException;
import dev.zhanwang.input.Problem;
import java.nio.file.Path;

/**
 * Where a command writes: the folder or file {@code --out} names, or the default folder for its
 * input, with the text messages show for it.
 *
 * <p>The default does not depend on the current directory. An input file's <em>project</em> is
 * the folder above the nearest folder named {@code scenarios} that holds the file, else the
 * file's own folder; the default output is {@code <project>/out/<leaf>}, e.g.
 * {@code scenarios/bench/rw1.yaml} writes {@code out/rw1} beside {@code scenarios/}, and
 * {@code D:/plans/2023.yaml} writes {@code D:/plans/out/2023}.
 *
 * @param path absolute and normalised
 * @param shown as the user typed it, or the default relative to the current directory when it
 *     lies inside it
 */
record OutputTarget(Path path, String shown) {
  static final String SCENARIOS = "scenarios";
  static final String OUT = "out";

  /** {@code --out} as given. */
  static OutputTarget given(Path out) {
    return new OutputTarget(out.toAbsolutePath().normalize(), out.toString());
  }

  /**
   * {@code <project>/out/<leaf>} for {@code input}.
   *
   * @throws InvalidInputException if {@code leaf} would lead outside {@code <project>/out}
   */
  static OutputTarget defaultFor(Path input, String leaf) {
    Path outFolder = project(input).resolve(OUT);
    Path path = outFolder.resolve(leaf).normalize();
    // Scenario names are checked to be names; this keeps the promise whatever a caller passes.
    if (!path.startsWith(outFolder) || !path.getParent().equals(outFolder)) {
      throw new InvalidInputException(Problem.ofFile(
          input,
          "must have a name that stays inside " + outFolder + ", but " + leaf + " leads to "
              + path));
    }
    return new OutputTarget(path, shown(path));
  }

  /** The project {@code input} belongs to, as the class comment defines it. */
  static Path project(Path input) {
    Path file = input.toAbsolutePath().normalize();
    for (Path folder = file.getParent(); folder != null; folder = folder.getParent()) {
      Path name = folder.getFileName();
      if (name != null && name.toString().equals(SCENARIOS) && folder.getParent() != null) {
        return folder.getParent();
      }
    }
    return file.getParent();
  }

  /** {@code path} relative to the current directory when it lies inside it, else absolute. */
  static String shown(Path path) {
    Path cwd = Path.of("").toAbsolutePath();
    if (!path.isAbsolute() || !path.startsWith(cwd)) {
      return path.toString();
    }
    String relative = cwd.relativize(path).toString();
    return relative.isEmpty() ? "." : relative;
  }
}
