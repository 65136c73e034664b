/**
 * The {@code forecast} command line ({@link dev.zhanwang.cli.ForecastCommand}); sits on top of
 * every other package, and nothing depends on it.
 */
package dev.zhanwang.cli;
