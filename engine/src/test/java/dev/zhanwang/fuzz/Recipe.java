package dev.zhanwang.fuzz;

import java.util.List;
import java.util.function.Function;

/**
 * A generated case before it is built: the changes drawn for it (mutations of files, or options
 * of a command line) and how to build the case from any sub-list of them, so that a failing case
 * can be minimised by dropping changes that do not matter to its failure.
 *
 * @param changes the changes drawn, in the order they apply
 * @param builder builds the case from a sub-list of {@code changes}; the other draws (which file,
 *     which command) are fixed in it
 * @param <M> the type of a change
 */
record Recipe<M>(List<M> changes, Function<List<M>, Case> builder) {
  Recipe {
    changes = List.copyOf(changes);
  }

  Case build() {
    return builder.apply(changes);
  }

  Recipe<M> with(List<M> fewer) {
    return new Recipe<>(fewer, builder);
  }
}
