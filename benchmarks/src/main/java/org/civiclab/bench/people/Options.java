package org.civiclab.bench.people;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/** Parses {@code --name value} options of the people commands. */
final class Options {
  private final Map<String, String> values = new HashMap<>();

  Options(String[] args, String usage, String... known) {
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (!a.startsWith("--") || i + 1 >= args.length) {
        throw new IllegalArgumentException("unexpected '" + a + "'; usage: " + usage);
      }
      String name = a.substring(2);
      if (!Arrays.asList(known).contains(name)) {
        throw new IllegalArgumentException("unknown option --" + name + "; usage: " + usage);
      }
      values.put(name, args[++i]);
    }
  }

  String text(String name, String fallback) {
    return values.getOrDefault(name, fallback);
  }

  int number(String name, int fallback, int min, int max) {
    String v = values.get(name);
    if (v == null) {
      return fallback;
    }
    int n;
    try {
      n = Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--" + name + " needs a whole number, got '" + v + "'");
    }
    if (n < min || n > max) {
      throw new IllegalArgumentException("--" + name + " must be between " + min + " and "
          + max + ", got " + n);
    }
    return n;
  }
}
