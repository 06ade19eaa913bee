/**
 * The {@code civiclab} command line ({@link org.civiclab.examples.cli.Main}), built with
 * picocli: one subcommand per task, starting with {@code demo}.
 */
package org.civiclab.examples.cli;
