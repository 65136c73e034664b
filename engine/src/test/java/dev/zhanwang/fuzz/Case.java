package dev.zhanwang.fuzz;

import java.util.List;

/**
 * One generated case: its files and the commands to run on them, in order.
 *
 * @param mutations what was changed, in words, one entry per mutation
 * @param files the case's files
 * @param steps the commands; {@link CaseFiles#CASE} in an argument is the case folder
 */
record Case(List<String> mutations, CaseFiles files, List<Step> steps) {

  /** What a command is for, which decides the rules that apply to its outcome. */
  enum Role {
    /** {@code validate}: a run of the same scenario must succeed when this does. */
    VALIDATE,
    /** {@code run} of the scenario validated just before; writes {@code out}. */
    RUN,
    /** Any other command. */
    OTHER
  }

  /**
   * A command of the case.
   *
   * @param args the arguments
   * @param role its role
   * @param out the output folder or file it writes, relative to the case folder, or null
   */
  record Step(List<String> args, Role role, String out) {}

  /** The case with only its first {@code n} steps (those that ran, when one hung). */
  Case withSteps(int n) {
    return new Case(mutations, files, steps.subList(0, n));
  }

  /** The usual pair for a scenario: validate it, then run it small and fast into {@code out}. */
  static List<Step> validateAndRun(String scenario) {
    String file = CaseFiles.CASE + "/" + scenario;
    return List.of(new Step(List.of("validate", file), Role.VALIDATE, null),
        new Step(List.of("run", file, "--paths", "200", "--threads", "1", "--charts", "none",
            "--out", CaseFiles.CASE + "/out"), Role.RUN, "out"));
  }
}
