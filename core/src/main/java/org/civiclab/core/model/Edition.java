package org.civiclab.core.model;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.Problem;
import org.civiclab.core.internal.Checks;
import org.civiclab.core.time.DateRange;
import org.immutables.value.Value;

/**
 * One run of a program, usually a year ("SeGRID 2024"): its period, funding, tracks, ordered
 * modules and enrolment.
 *
 * <p>Construction checks what one edition can check alone: unique ids, every module inside the
 * edition's period, enrolments within the policy. Immutable.
 */
@Value.Immutable
@API(status = STABLE, since = "0.1.0")
public abstract class Edition implements WithEdition {

  /** @return the edition's id */
  public abstract EditionId id();

  /** @return a short label such as {@code 2024} */
  public abstract String label();

  /** @return the edition's days */
  public abstract DateRange period();

  /** @return the funding application behind the edition, if any */
  public abstract Optional<FundingCycle> funding();

  /** @return the cohorts, if the edition has several */
  public abstract ImmutableList<Track> tracks();

  /** @return the modules in their order */
  public abstract ImmutableList<Module> modules();

  /** @return whether module n+1 must start after module n ends */
  @Value.Default
  public boolean moduleOrderRequired() {
    return true;
  }

  /** @return the places and who may take them, if enrolment is managed */
  public abstract Optional<EnrollmentPolicy> enrollmentPolicy();

  /** @return the enrolments, in any order */
  public abstract ImmutableList<Enrollment> enrollments();

  /**
   * Who is expected at the sessions of one of this edition's modules: the enrolments whose
   * status the purpose includes and whose track the module serves ({@link Module#serves}).
   * A session's own facilitators and speakers, and the module's facilitators, come on top;
   * they are not enrolments.
   *
   * @param module a module of this edition
   * @param purpose planning sessions, or a session's roll; see {@link Expectation}
   * @return the enrolments expected, in the edition's enrolment order
   */
  public ImmutableList<Enrollment> expectedAt(Module module, Expectation purpose) {
    return enrollments().stream().filter(en -> purpose.includes(en.status()) && module.serves(en))
        .collect(ImmutableList.toImmutableList());
  }

  /** @return a fresh builder */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@code Edition} values; {@code from(...)} starts from an existing one.
   *
   * <p>{@code build()} checks the value's invariants and throws
   * {@link org.civiclab.core.InvalidInputException} naming every required attribute not set.
   */
  public static class Builder extends ImmutableEdition.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks c = Checks.start();
    c.visibleText(label(), "label");
    c.unique(tracks(), Track::id, "tracks", "id");
    c.unique(modules(), Module::id, "modules", "id");
    for (int i = 0; i < modules().size(); i++) {
      Module m = modules().get(i);
      c.require(period().contains(m.window()), "modules[" + i + "].window",
          "module window " + m.window() + " is outside the edition's period " + period());
    }
    if (enrollmentPolicy().isPresent()) {
      for (Problem p : enrollmentPolicy().get().problemsWith(enrollments())) {
        c.add(p.under("enrollments").path(), p.message());
      }
    } else {
      c.unique(enrollments(), Enrollment::person, "enrollments", "person");
    }
    c.done();
  }
}
