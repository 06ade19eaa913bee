/**
 * The {@code civiclab} command line ({@link org.civiclab.examples.cli.Main}), built with
 * picocli: {@code demo} (the README's main job: the five seed programs scheduled, stored,
 * exported and summarised), {@code validate}, {@code schedule}, {@code import},
 * {@code export} and {@code report}. Commands run in-process through
 * {@link org.civiclab.examples.cli.Main#run}; everything else in the package is
 * package-private.
 */
@NullMarked
package org.civiclab.examples.cli;

import org.jspecify.annotations.NullMarked;
