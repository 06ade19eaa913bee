package org.civiclab.bench;

/**
 * One command of the benchmarks jar, such as {@code meetings} or {@code pairing}.
 *
 * <p>Implementations have a public no-argument constructor and are listed in {@link Main}.
 * Each prints its figures as {@code key: value} lines (or the line format its issue fixes),
 * with a baseline measured in the same run wherever a ratio is claimed.
 */
public interface BenchCommand {

  /**
   * Runs the command.
   *
   * @param args the arguments after the command's name
   * @return the process exit code: 0 on success, 2 on bad arguments
   * @throws Exception when the run fails; {@link Main} prints it and exits with 1
   */
  int run(String[] args) throws Exception;
}
