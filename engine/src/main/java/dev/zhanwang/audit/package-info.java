/**
 * Is a target set coherent? {@link dev.zhanwang.audit.TargetAudit} checks the targets against the
 * 2022 figures and against each other (stated growth against stated level, a composite against
 * its parts or a total against one part, one target stated twice, a target compared with a figure
 * of another measure or scope or with none) and, after a run, against the scenario (targets almost certainly met or missed). Each
 * {@link dev.zhanwang.audit.Finding} carries its numbers, a plain explanation in Chinese and
 * English, and the benign cause that may explain it ({@link dev.zhanwang.audit.BenignCause}).
 * Reports see only {@link dev.zhanwang.audit.Audit}.
 */
package dev.zhanwang.audit;
