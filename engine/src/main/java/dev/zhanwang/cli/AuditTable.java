package dev.zhanwang.cli;

import dev.zhanwang.audit.Audit;
import dev.zhanwang.audit.Finding;
import java.io.PrintWriter;
import java.util.Locale;

/**
 * The terminal's answer to "are these targets coherent?": one line per finding (id, kind,
 * benign cause, the key numbers), then its explanations in English and Chinese, indented.
 */
final class AuditTable {
  private static final int ID = 52;

  private AuditTable() {}

  static void print(Audit audit, PrintWriter out) {
    out.printf(
        Locale.ROOT,
        "%nAudit of %s: %d findings%s%n",
        audit.subject(),
        audit.findings().size(),
        audit
            .simulated()
            .map(s -> String.format(
                Locale.ROOT, " (P(met) from %,d paths, seed %d)", s.paths(), s.seed()))
            .orElse(" (data only, no simulation)"));
    if (audit.findings().isEmpty()) {
      return;
    }
    out.printf(
        Locale.ROOT,
        "%-" + ID + "s %-16s %-16s %s%n",
        "finding",
        "kind",
        "benign cause",
        "numbers");
    for (Finding finding : audit.findings()) {
      out.printf(
          Locale.ROOT,
          "%-" + ID + "s %-16s %-16s %s%n",
          finding.id(),
          finding.kind().label(),
          finding.benignCause().label(),
          finding.summary());
      out.println("    " + finding.explanationEn());
      out.println("    " + finding.explanationZh());
    }
  }
}
