package dev.zhanwang.fuzz;

import java.util.List;
import java.util.SplittableRandom;

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
   * @param ifRejected for a {@link Role#RUN}: run it even when {@code validate} rejected the
   *     scenario (to check that run rejects it too, with the same kind of message); otherwise
   *     a rejected scenario is not run, which halves the time of most cases
   */
  record Step(List<String> args, Role role, String out, boolean ifRejected) {
    Step(List<String> args, Role role, String out) {
      this(args, role, out, true);
    }
  }

  /** The case with only its first {@code n} steps (those that ran). */
  Case withSteps(int n) {
    return new Case(mutations, files, steps.subList(0, n));
  }

  /**
   * One case in this many runs a scenario that validate rejected: enough to check, thousands of
   * times a suite, that run rejects what validate rejects and says so in the same form.
   */
  static final int RUN_REJECTED_ONE_IN = 4;

  /**
   * The usual pair for a scenario: validate it, then run it small and fast into {@code out}; the
   * run only if validate accepts, or in one case of {@value #RUN_REJECTED_ONE_IN} drawn from
   * {@code random}.
   */
  static List<Step> validateAndRun(String scenario, SplittableRandom random) {
    return validateAndRun(scenario, random.nextInt(RUN_REJECTED_ONE_IN) == 0);
  }

  /** As above; the run of a rejected scenario if {@code ifRejected}. */
  static List<Step> validateAndRun(String scenario, boolean ifRejected) {
    String file = CaseFiles.CASE + "/" + scenario;
    return List.of(
        new Step(List.of("validate", file), Role.VALIDATE, null),
        new Step(
            List.of(
                "run",
                file,
                "--paths",
                "200",
                "--threads",
                "1",
                "--charts",
                "none",
                "--out",
                CaseFiles.CASE + "/out"),
            Role.RUN,
            "out",
            ifRejected));
  }
}
