package org.civiclab.core.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.civiclab.core.Problem;
import org.civiclab.core.model.DeliveryMode;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MeetingStatus;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.time.TimeSpan;

/**
 * Overlapping agreed times: two timed sessions or held meetings that share a person (facilitator,
 * speaker, module facilitator, mentor, mentee, circle member) or a venue. Each clash is reported
 * once per person or venue at the later event's path (in program order: sessions, then the
 * pairings' meetings, then the circles'), naming the earlier one by its path.
 * Events are swept per person and per venue in order of start, so the work is O(n log n) plus
 * the clashes found.
 */
final class AgreedOverlaps {
  private AgreedOverlaps() {}

  /** One agreed time with its path, its people and its venue. */
  private record Agreed(int index, String path, TimeSpan when, List<PersonId> people,
      Optional<VenueId> venue) {}

  /** A clash found: the later event's index, the earlier one's, the shared key's rank. */
  private record Clash(int later, int earlier, int rank, Problem problem) {}

  static List<Problem> find(Program program) {
    List<Agreed> all = new ArrayList<>();
    for (int e = 0; e < program.editions().size(); e++) {
      Edition edition = program.editions().get(e);
      for (int m = 0; m < edition.modules().size(); m++) {
        Module mod = edition.modules().get(m);
        for (int s = 0; s < mod.sessions().size(); s++) {
          Session session = mod.sessions().get(s);
          if (session.when().isEmpty()) {
            continue;
          }
          Set<PersonId> people = new LinkedHashSet<>(session.facilitators());
          people.addAll(session.speakers());
          people.addAll(mod.facilitators());
          all.add(new Agreed(all.size(), "editions[" + e + "].modules[" + m + "].sessions[" + s + "]",
              session.when().get(), List.copyOf(people), session.mode() == DeliveryMode.ONLINE
                  ? Optional.empty() : session.venue()));
        }
      }
    }
    for (int p = 0; p < program.pairings().size(); p++) {
      MentorPairing pairing = program.pairings().get(p);
      meetings(all, "pairings[" + p + "]", pairing.meetings(),
          List.of(pairing.mentor(), pairing.mentee()));
    }
    for (int c = 0; c < program.circles().size(); c++) {
      LearningCircle circle = program.circles().get(c);
      meetings(all, "circles[" + c + "]", circle.meetings(), List.copyOf(circle.participants()));
    }
    Map<Object, List<Agreed>> byKey = new LinkedHashMap<>();
    for (Agreed a : all) {
      for (PersonId p : a.people()) {
        byKey.computeIfAbsent(p, k -> new ArrayList<>()).add(a);
      }
      a.venue().ifPresent(v -> byKey.computeIfAbsent(v, k -> new ArrayList<>()).add(a));
    }
    List<Clash> clashes = new ArrayList<>();
    byKey.forEach((key, events) -> {
      events.sort(Comparator.comparing((Agreed a) -> a.when().startInstant())
          .thenComparingInt(Agreed::index));
      List<Agreed> open = new ArrayList<>();
      for (Agreed a : events) {
        open.removeIf(o -> !o.when().endInstant().isAfter(a.when().startInstant()));
        for (Agreed o : open) {
          Agreed later = a.index() > o.index() ? a : o;
          Agreed earlier = later == a ? o : a;
          String who = key instanceof VenueId v ? "venue '" + v.value() + "'"
              : "person '" + ((PersonId) key).value() + "'";
          int rank = key instanceof VenueId ? later.people().size()
              : later.people().indexOf(key);
          clashes.add(new Clash(later.index(), earlier.index(), rank, Problem.at(later.path()
              + ".when", "agreed time " + later.when() + " of " + later.path()
              + " overlaps agreed time " + earlier.when() + " of " + earlier.path() + " for "
              + who)));
        }
        open.add(a);
      }
    });
    clashes.sort(Comparator.comparingInt(Clash::later).thenComparingInt(Clash::earlier)
        .thenComparingInt(Clash::rank));
    List<Problem> problems = new ArrayList<>();
    clashes.forEach(c -> problems.add(c.problem()));
    return problems;
  }

  private static void meetings(List<Agreed> all, String path, List<Meeting> meetings,
      List<PersonId> people) {
    for (int i = 0; i < meetings.size(); i++) {
      Meeting m = meetings.get(i);
      if (m.status() != MeetingStatus.CANCELLED) {
        all.add(new Agreed(all.size(), path + ".meetings[" + i + "]", m.when(), people,
            m.mode() == DeliveryMode.ONLINE ? Optional.empty() : m.venue()));
      }
    }
  }
}
