package org.civiclab.core.scheduling.internal;

/** Receives one pair of placed demands {@code a < b} that share grains. */
interface OverlapVisitor {
  void visit(int a, int b, int overlap);
}
