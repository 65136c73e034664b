/**
 * The seed report's numbers: 2022 {@link dev.zhanwang.data.Figure}s and 2023
 * {@link dev.zhanwang.data.Target}s, each carrying the verbatim fragment of the report it was read
 * from. The entry point is {@link dev.zhanwang.data.DataLoader}, which reads and validates the two
 * CSVs into an immutable {@link dev.zhanwang.data.Baseline}; {@link dev.zhanwang.data.HistoryLoader}
 * reads a history of annual or monthly levels into a {@link dev.zhanwang.data.History}.
 */
package dev.zhanwang.data;
