package org.civiclab.bench;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * Entry point of {@code civiclab-benchmarks.jar}: {@code java -jar civiclab-benchmarks.jar
 * COMMAND [ARGS]}.
 *
 * <p>Commands are named here and loaded by class name, so that each benchmark lives in its own
 * package and a command whose classes are absent says so instead of breaking the others.
 */
public final class Main {
  private static final Map<String, String> COMMANDS = new TreeMap<>(Map.of(
      "meetings", "org.civiclab.bench.meetings.MeetingsCommand",
      "meetings-compare", "org.civiclab.bench.meetings.MeetingsCompareCommand",
      "civic", "org.civiclab.bench.civic.CivicScaleCommand",
      "pairing", "org.civiclab.bench.matching.PairingCommand",
      "circles", "org.civiclab.bench.matching.CirclesCommand",
      "json", "org.civiclab.bench.json.JsonCommand",
      "jdbc", "org.civiclab.bench.jdbc.JdbcCommand",
      "validation", "org.civiclab.bench.validation.ValidationCommand",
      "pictures", "org.civiclab.bench.pictures.PicturesCommand"));

  static {
    COMMANDS.put("selection", "org.civiclab.bench.people.SelectionCommand");
    COMMANDS.put("rounds", "org.civiclab.bench.people.RoundsCommand");
  }

  private Main() {}

  /**
   * Runs one command.
   *
   * @param args the command's name, then its arguments
   */
  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String[] args) {
    if (args.length == 0 || !COMMANDS.containsKey(args[0])) {
      System.err.println("usage: java -jar civiclab-benchmarks.jar COMMAND [ARGS]");
      System.err.println("commands: " + String.join(", ", COMMANDS.keySet()));
      return 2;
    }
    BenchCommand command;
    try {
      command = (BenchCommand) Class.forName(COMMANDS.get(args[0]))
          .getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      System.err.println("command '" + args[0] + "' is not available in this build: " + e);
      return 2;
    }
    try {
      return command.run(Arrays.copyOfRange(args, 1, args.length));
    } catch (IllegalArgumentException e) {
      System.err.println(args[0] + ": " + e.getMessage());
      return 2;
    } catch (Exception e) {
      System.err.println(args[0] + " failed: " + e);
      e.printStackTrace(System.err);
      return 1;
    }
  }
}
