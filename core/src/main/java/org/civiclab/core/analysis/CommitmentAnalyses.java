package org.civiclab.core.analysis;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.civiclab.core.commitment.Action;
import org.civiclab.core.commitment.Commitment;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.Program;

/**
 * Follow-up of commitments as of a day: every action's status, overdue or not, done on time
 * or not, days to close; and summaries by owner and by sector.
 *
 * <p><b>Definitions</b> (see {@link Action}): an action's status on a day is that of its last
 * change on or before the day, {@code OPEN} before any; it is <em>overdue</em> when its due
 * date is before the day and it is neither done nor dropped then; <em>done on time</em> when
 * its latest status is done, on or before its due date (any day without one). Days to close
 * count from the commitment's day to the closing change. The owner is the owning person's or
 * organisation's id; the sector that of the owning organisation, or of the owning person's
 * organisation, from the directory ({@code (unknown)} otherwise). Pure; thread-safe.
 */
@API(status = STABLE, since = "0.1.0")
public final class CommitmentAnalyses {
  private CommitmentAnalyses() {}

  /**
   * An action with the commitment it follows up.
   *
   * @param program the program
   * @param commitment the commitment
   * @param action the action
   */
  @API(status = STABLE, since = "0.1.0")
  public record Item(Program program, Commitment commitment, Action action) {}

  /**
   * @param programs the programs
   * @return every action of every commitment, in order
   */
  public static List<Item> items(List<Program> programs) {
    List<Item> out = new ArrayList<>();
    for (Program p : programs) {
      for (Commitment c : p.commitments()) {
        c.actions().forEach(a -> out.add(new Item(p, c, a)));
      }
    }
    return out;
  }

  /**
   * @param programs the programs
   * @param asOf the day
   * @return the actions overdue on that day, in order
   */
  public static List<Item> overdue(List<Program> programs, LocalDate asOf) {
    return items(programs).stream().filter(i -> i.action().overdueOn(asOf)).toList();
  }

  /**
   * Every action as of a day.
   *
   * @param programs the programs
   * @param asOf the day
   * @return rows of program, commitment, kind, made at, action, owner, due, status, overdue,
   *     on time, days to close, reviews
   */
  public static Table actions(List<Program> programs, LocalDate asOf) {
    Table.Builder t = Table.builder("follow-up actions as of " + asOf, "program", "commitment",
        "kind", "made at", "action", "owner", "due", "status", "overdue", "done on time",
        "days to close", "reviews");
    for (Item i : items(programs)) {
      Action a = i.action();
      t.row(i.program().id(), i.commitment().id(), i.commitment().kind().name(),
          i.commitment().madeAt(), a.id(), owner(a), a.due().map(Object::toString).orElse(""),
          a.statusOn(asOf).name(), a.overdueOn(asOf) ? "yes" : "no",
          a.doneOnTime() ? "yes" : "no", daysToClose(i).map(d -> (Object) d).orElse(""),
          i.commitment().reviews().size());
    }
    return t.build();
  }

  /**
   * Actions by owner: open (open or in progress on the day), overdue, done, done on time,
   * dropped and the mean days to close.
   *
   * @param programs the programs
   * @param asOf the day
   * @return the table
   */
  public static Table byOwner(List<Program> programs, LocalDate asOf) {
    return summary("follow-up by owner", "owner", programs, asOf, CommitmentAnalyses::owner);
  }

  /**
   * Actions by the owner's sector, as {@link #byOwner}.
   *
   * @param programs the programs
   * @param directory for the owners' organisations
   * @param asOf the day
   * @return the table
   */
  public static Table bySector(List<Program> programs, DirectoryView directory,
      LocalDate asOf) {
    return summary("follow-up by sector", "sector", programs, asOf, a -> {
      Optional<OrganizationId> org = a.ownerOrganization().isPresent() ? a.ownerOrganization()
          : a.ownerPerson().flatMap(directory::person).flatMap(p -> p.organization());
      return org.flatMap(directory::organization)
          .map(o -> o.sector().name().toLowerCase(Locale.ROOT)).orElse("(unknown)");
    });
  }

  private static Table summary(String title, String column, List<Program> programs,
      LocalDate asOf, java.util.function.Function<Action, String> key) {
    Map<String, long[]> sums = new LinkedHashMap<>();
    for (Item i : items(programs)) {
      long[] s = sums.computeIfAbsent(key.apply(i.action()), k -> new long[8]);
      ActionStatus st = i.action().statusOn(asOf);
      s[0]++;
      s[1] += st == ActionStatus.OPEN || st == ActionStatus.IN_PROGRESS ? 1 : 0;
      s[2] += i.action().overdueOn(asOf) ? 1 : 0;
      s[3] += st == ActionStatus.DONE ? 1 : 0;
      s[4] += i.action().doneOnTime() ? 1 : 0;
      s[5] += st == ActionStatus.DROPPED ? 1 : 0;
      Optional<Long> days = daysToClose(i);
      if (days.isPresent()) {
        s[6]++;
        s[7] += days.get();
      }
    }
    Table.Builder t = Table.builder(title + " as of " + asOf, column, "actions", "open",
        "overdue", "done", "done on time", "dropped", "mean days to close");
    sums.forEach((k, v) -> t.row(k, v[0], v[1], v[2], v[3], v[4], v[5],
        v[6] == 0 ? "" : (Object) (Math.round(10.0 * v[7] / v[6]) / 10.0)));
    return t.build();
  }

  private static Optional<Long> daysToClose(Item i) {
    return i.action().closedOn().map(d -> ChronoUnit.DAYS.between(i.commitment().madeOn(), d));
  }

  private static String owner(Action a) {
    return a.ownerPerson().map(Object::toString)
        .orElse(a.ownerOrganization().map(Object::toString).orElse(""));
  }
}
