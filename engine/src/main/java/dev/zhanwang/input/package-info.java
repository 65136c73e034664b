/**
 * What the engine says about a user's mistake: {@link dev.zhanwang.input.Problem} (file, line,
 * column, field, rule) and {@link dev.zhanwang.input.InvalidInputException}, shared by the data and
 * scenario loaders and the command line.
 */
package dev.zhanwang.input;
