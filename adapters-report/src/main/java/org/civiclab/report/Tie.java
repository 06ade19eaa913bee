package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.model.ProgramId;
import org.jspecify.annotations.Nullable;

/**
 * A tie between two people in the {@link AlumniNetwork}: the kinds of occasions they shared,
 * how many (the weight) and the first day they shared one.
 *
 * <p>Ties are made while the network is built and not changed afterwards; an instance is one
 * edge of the graph (JGraphT identifies edges by object identity, so there is no value
 * equality here).
 */
@API(status = STABLE, since = "0.1.0")
public final class Tie {

  private final EnumSet<TieKind> kinds = EnumSet.noneOf(TieKind.class);
  private final Set<ProgramId> programs = new TreeSet<>();
  private int occasions;
  private @Nullable ProgramId lastProgram;
  private LocalDate since = LocalDate.MAX;

  Tie() {}

  void add(TieKind kind, ProgramId program, LocalDate day) {
    kinds.add(kind);
    if (!program.equals(lastProgram)) {
      programs.add(program);
      lastProgram = program;
    }
    occasions++;
    if (day.isBefore(since)) {
      since = day;
    }
  }

  /** @return the kinds of occasion the two people shared, in declaration order */
  public ImmutableSortedSet<TieKind> kinds() {
    return ImmutableSortedSet.copyOf(kinds);
  }

  void eachKind(java.util.function.Consumer<TieKind> action) {
    kinds.forEach(action);
  }

  /** @return the programs in which the tie was made, in id order */
  public ImmutableSortedSet<ProgramId> programs() {
    return ImmutableSortedSet.copyOf(programs);
  }

  /** @return how many occasions the two people shared (at least 1) */
  public int weight() {
    return occasions;
  }

  /** @return the first day the two people shared an occasion */
  public LocalDate since() {
    return since;
  }

  @Override
  public String toString() {
    return "Tie" + kinds + " x" + occasions + " since " + since;
  }
}
