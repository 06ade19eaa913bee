package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A person who completed an edition of a program: one entry of the alumni network.
 *
 * <p>This class is the model's one definition of alumni: a person is an alumna or alumnus of
 * an edition when their enrolment in it is {@link EnrollmentStatus#COMPLETED}
 * ({@link #completes(Enrollment)}); {@link #of(Iterable)} lists every such entry. Stores that
 * answer the question themselves ({@code ProgramStore.alumni()} in SQL) must give the same
 * list, and the analyses count alumni from the same rule. A person who completed two editions
 * has two entries. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Alumnus implements WithAlumnus {

  /** @return who */
  public abstract PersonId person();

  /** @return the program */
  public abstract ProgramId program();

  /** @return the completed edition */
  public abstract EditionId edition();

  /** @return the edition's label, such as {@code 2024/0} */
  public abstract String editionLabel();

  /** @return the year the edition started */
  public abstract int year();

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Alumnus}; every attribute is required. */
  public static class Builder extends ImmutableAlumnus.Builder {
    Builder() {}
  }

  /**
   * Whether an enrolment makes its person an alumna or alumnus of its edition.
   *
   * @param enrollment an enrolment
   * @return whether it is completed
   */
  public static boolean completes(Enrollment enrollment) {
    return enrollment.status() == EnrollmentStatus.COMPLETED;
  }

  /**
   * The alumni network of some programs: one entry per completed enrolment.
   *
   * @param programs the programs; their ids should be distinct
   * @return the entries ordered by person id, then the edition's first day, program id and the
   *     edition's position in its program
   */
  public static ImmutableList<Alumnus> of(Iterable<Program> programs) {
    final class Entry {
      final Alumnus alumnus;
      final LocalDate start;
      final int ordinal;

      Entry(Alumnus alumnus, LocalDate start, int ordinal) {
        this.alumnus = alumnus;
        this.start = start;
        this.ordinal = ordinal;
      }
    }
    List<Entry> out = new ArrayList<>();
    for (Program p : programs) {
      for (int i = 0; i < p.editions().size(); i++) {
        Edition e = p.editions().get(i);
        for (Enrollment en : e.enrollments()) {
          if (completes(en)) {
            out.add(new Entry(builder().person(en.person()).program(p.id()).edition(e.id())
                .editionLabel(e.label()).year(e.period().start().getYear()).build(),
                e.period().start(), i));
          }
        }
      }
    }
    out.sort(Comparator.<Entry, PersonId>comparing(x -> x.alumnus.person())
        .thenComparing(x -> x.start).thenComparing(x -> x.alumnus.program())
        .thenComparingInt(x -> x.ordinal));
    return out.stream().map(x -> x.alumnus).collect(ImmutableList.toImmutableList());
  }
}
