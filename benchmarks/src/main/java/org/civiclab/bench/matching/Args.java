package org.civiclab.bench.matching;

import java.util.HashMap;
import java.util.Map;

/** Parses {@code --name value} options of the matching commands. */
final class Args {
  private final Map<String, String> values = new HashMap<>();

  Args(String[] args, String usage, String... known) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("unexpected '" + a + "'; usage: " + usage);
      }
      String name = a.substring(2);
      if (!java.util.Arrays.asList(known).contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; usage: " + usage);
      }
      values.put(name, args[++i]);
    }
  }

  long get(String name, long fallback) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    try {
      return Long.parseLong(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a whole number, got '" + v + "'");
    }
  }
}
