package dev.zhanwang.cli;

import picocli.CommandLine.Option;

/** {@code --force}, for the commands that write an output folder. */
final class ForceOption {
  @Option(
      names = "--force",
      description = "Write into an existing folder that holds files this engine did not write,"
          + " beside them: none of them is deleted or overwritten, and the run is refused if one"
          + " has the name of a file it writes. Never into the current directory, the home"
          + " folder, a filesystem root, a folder holding the inputs, or a git work tree.")
  boolean force;
}
