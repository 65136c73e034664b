package dev.zhanwang.input;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * "Did you mean ...?" for ids that name nothing: the known id closest to what was typed, when it
 * is close enough to be a typo ({@code gpd} for {@code gdp}), and short lists of the allowed ids.
 */
public final class Suggestions {
  /** Lists longer than this are shortened in messages to their first names and a count. */
  static final int LISTED = 12;

  private Suggestions() {}

  /**
   * The known id closest to {@code typed} by edit distance, if within a typo's reach: 2 edits
   * for ids up to 10 characters, one more per further 5.
   */
  public static Optional<String> closest(String typed, Collection<String> known) {
    int reach = 2 + Math.max(0, typed.length() - 10) / 5;
    LevenshteinDistance distance = new LevenshteinDistance(reach);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String id : known) {
      int d = distance.apply(typed, id);
      if (d >= 0 && d < bestDistance && !id.equals(typed)) {
        best = id;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * {@code " (did you mean gdp?)"} when an id is close to {@code typed} (and when {@code typed}
   * is an id with spaces around it, says so), else
   * {@code " (one of a, b, c)"}; for the end of a rule such as "must be a known indicator".
   */
  public static String didYouMean(String typed, Collection<String> known) {
    String stripped = typed.strip();
    if (!stripped.equals(typed) && known.contains(stripped)) {
      // "did you mean gdp?" for "gdp " would read as if the two were the same.
      return " (did you mean " + stripped + ", without the spaces around it?)";
    }
    return closest(typed, known)
        .map(id -> " (did you mean " + id + "?)")
        .orElseGet(() -> " (one of " + list(known) + ")");
  }

  /** The names comma-separated, the first {@value #LISTED} and a count of the rest. */
  public static String list(Collection<String> names) {
    List<String> all = List.copyOf(names);
    if (all.size() <= LISTED) {
      return String.join(", ", all);
    }
    return String.join(", ", all.subList(0, LISTED)) + " and " + (all.size() - LISTED) + " more";
  }
}
