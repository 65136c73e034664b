package dev.zhanwang.input;

import java.util.List;

/**
 * A user's file or argument is wrong. Carries every problem found, not only the first, so that one
 * run shows the user everything to fix. The command line prints {@link #getMessage()} and exits
 * with status 2; it is never a bug of the engine.
 */
public final class InvalidInputException extends RuntimeException {
  private final List<Problem> problems;

  public InvalidInputException(List<Problem> problems) {
    super(describe(problems));
    if (problems.isEmpty()) {
      throw new IllegalArgumentException("an InvalidInputException needs at least one problem");
    }
    this.problems = List.copyOf(problems);
  }

  public InvalidInputException(Problem problem) {
    this(List.of(problem));
  }

  public List<Problem> problems() {
    return problems;
  }

  private static String describe(List<Problem> problems) {
    StringBuilder text = new StringBuilder();
    for (Problem problem : problems) {
      if (text.length() > 0) {
        text.append(System.lineSeparator());
      }
      text.append(problem);
    }
    return text.toString();
  }
}
