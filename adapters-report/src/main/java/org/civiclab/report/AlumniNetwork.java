package org.civiclab.report;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apiguardian.api.API;
import org.civiclab.core.analysis.Table;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.AttendanceStatus;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.DirectoryView;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentStatus;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.Session;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.graph.AsUnmodifiableGraph;
import org.jgrapht.graph.SimpleGraph;

/**
 * The alumni network: people as vertices, the ties programs create between them as weighted,
 * dated edges, built with JGraphT.
 *
 * <p>A tie joins two people who were enrolled in the same edition and track, attended the same
 * module on the same day (present or late, from the attendance records given), formed a mentor
 * pair, met in a learning circle, visited a host organisation together (or were visitor and
 * one of the host's people), or sat in the same reflection meeting. Repeated occasions add to
 * the tie's weight; its date is the first occasion.
 *
 * <p>Built once and then read only; the measures (components, betweenness) are computed on
 * first use and kept. Not safe for concurrent first use from several threads.
 */
@API(status = STABLE, since = "0.1.0")
public final class AlumniNetwork {

  private static final Set<EnrollmentStatus> TAKING_PART = Set.of(EnrollmentStatus.REGISTERED,
      EnrollmentStatus.CONFIRMED, EnrollmentStatus.COMPLETED);

  private final Graph<PersonId, Tie> graph;
  private final DirectoryView directory;
  private final Map<PersonId, Set<String>> tracks;
  private final Map<PersonId, LocalDate> joined;
  private volatile ImmutableMap<PersonId, Double> betweenness = ImmutableMap.of();
  private volatile ImmutableList<ImmutableSortedSet<PersonId>> components = ImmutableList.of();

  private AlumniNetwork(Graph<PersonId, Tie> graph, DirectoryView directory,
      Map<PersonId, Set<String>> tracks, Map<PersonId, LocalDate> joined) {
    this.graph = new AsUnmodifiableGraph<>(graph);
    this.directory = directory;
    this.tracks = tracks;
    this.joined = joined;
  }

  /**
   * Builds the network of some programs.
   *
   * @param programs the programs
   * @param directory their people and organisations (for countries and sectors)
   * @param attendance attendance records, for the same-module-day ties; may be empty
   * @return the network
   */
  public static AlumniNetwork of(List<Program> programs, DirectoryView directory,
      Iterable<Attendance> attendance) {
    Builder b = new Builder();
    for (Program p : programs) {
      b.program(p);
    }
    b.moduleDays(programs, attendance);
    b.hosts(programs, directory);
    return b.build(directory);
  }

  /** @return the graph, unmodifiable; vertices in the order they were first met */
  public Graph<PersonId, Tie> graph() {
    return graph;
  }

  /**
   * The person behind a vertex, if the directory knows them.
   *
   * @param id a vertex
   * @return the person
   */
  public Optional<Person> person(PersonId id) {
    return directory.person(id);
  }

  /**
   * The country of a person, or "?" when the directory does not know them.
   *
   * @param id a vertex
   * @return the country
   */
  public String country(PersonId id) {
    return directory.person(id).map(Person::country).orElse("?");
  }

  /**
   * The sector of a person's organisation, in lower case, or "?" when unknown.
   *
   * @param id a vertex
   * @return the sector
   */
  public String sector(PersonId id) {
    return directory.person(id).flatMap(Person::organization).flatMap(directory::organization)
        .map(o -> o.sector().name().toLowerCase(java.util.Locale.ROOT)).orElse("?");
  }

  /**
   * The tracks a person was enrolled in, as {@code edition/track}.
   *
   * @param id a vertex
   * @return the tracks, in order
   */
  public ImmutableSortedSet<String> tracks(PersonId id) {
    return ImmutableSortedSet.copyOf(tracks.getOrDefault(id, Set.of()));
  }

  /**
   * The first day a person had a tie (or, without ties, their first enrolment).
   *
   * @param id a vertex
   * @return the day, or empty for a person not in the network
   */
  public Optional<LocalDate> joined(PersonId id) {
    return Optional.ofNullable(joined.get(id));
  }

  /**
   * A person's degree: how many people they are tied to.
   *
   * @param id a vertex
   * @return the degree, 0 for a person not in the network
   */
  public int degree(PersonId id) {
    return graph.containsVertex(id) ? graph.degreeOf(id) : 0;
  }

  /**
   * The connected components, largest first (ties of size broken by the smallest id).
   *
   * @return the components
   */
  public ImmutableList<ImmutableSortedSet<PersonId>> components() {
    ImmutableList<ImmutableSortedSet<PersonId>> c = components;
    if (c.isEmpty() && !graph.vertexSet().isEmpty()) {
      List<ImmutableSortedSet<PersonId>> found = new ArrayList<>();
      for (Set<PersonId> s : new ConnectivityInspector<>(graph).connectedSets()) {
        found.add(ImmutableSortedSet.copyOf(s));
      }
      found.sort(Comparator.<ImmutableSortedSet<PersonId>>comparingInt(Set::size).reversed()
          .thenComparing(ImmutableSortedSet::first));
      c = ImmutableList.copyOf(found);
      components = c;
    }
    return c;
  }

  /**
   * Betweenness centrality of every person, normalised as JGraphT does (divided by
   * 2(n-1)(n-2)), with every tie counted as one step whatever its weight (a heavier tie is a
   * closer one, not a longer path). Brandes' algorithm: O(people x ties) time, computed once.
   *
   * @return the centrality per person
   */
  public ImmutableMap<PersonId, Double> betweenness() {
    ImmutableMap<PersonId, Double> b = betweenness;
    if (b.isEmpty() && !graph.vertexSet().isEmpty()) {
      b = brandes();
      betweenness = b;
    }
    return b;
  }

  /**
   * Brandes' algorithm on int-indexed adjacency arrays: the same scores as JGraphT's
   * {@code BetweennessCentrality(graph, true)} (a test compares them), an order of magnitude
   * faster on dense cohorts, whose JGraphT walk goes through three graph views per step.
   */
  private ImmutableMap<PersonId, Double> brandes() {
    List<PersonId> people = new ArrayList<>(graph.vertexSet());
    int n = people.size();
    Map<PersonId, Integer> index = new HashMap<>();
    for (int i = 0; i < n; i++) {
      index.put(people.get(i), i);
    }
    int[][] adj = new int[n][];
    for (int i = 0; i < n; i++) {
      PersonId p = people.get(i);
      Set<Tie> ties = graph.edgesOf(p);
      int[] a = new int[ties.size()];
      int k = 0;
      for (Tie t : ties) {
        PersonId o = graph.getEdgeSource(t).equals(p) ? graph.getEdgeTarget(t)
            : graph.getEdgeSource(t);
        a[k++] = java.util.Objects.requireNonNull(index.get(o));
      }
      adj[i] = a;
    }
    double[] score = new double[n];
    int[] dist = new int[n];
    double[] sigma = new double[n];
    double[] delta = new double[n];
    int[] order = new int[n];
    for (int s = 0; s < n; s++) {
      java.util.Arrays.fill(dist, -1);
      java.util.Arrays.fill(sigma, 0);
      java.util.Arrays.fill(delta, 0);
      dist[s] = 0;
      sigma[s] = 1;
      int head = 0;
      int tail = 0;
      order[tail++] = s;
      while (head < tail) {
        int v = order[head++];
        for (int w : adj[v]) {
          if (dist[w] < 0) {
            dist[w] = dist[v] + 1;
            order[tail++] = w;
          }
          if (dist[w] == dist[v] + 1) {
            sigma[w] += sigma[v];
          }
        }
      }
      for (int i = tail - 1; i > 0; i--) {
        int w = order[i];
        for (int v : adj[w]) {
          if (dist[v] == dist[w] - 1) {
            delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
          }
        }
        score[w] += delta[w];
      }
    }
    double norm = n > 2 ? 2.0 * (n - 1.0) * (n - 2.0) : 1.0;
    ImmutableMap.Builder<PersonId, Double> out = ImmutableMap.builderWithExpectedSize(n);
    for (int i = 0; i < n; i++) {
      out.put(people.get(i), n > 2 ? score[i] / norm : 0.0);
    }
    return out.build();
  }

  /**
   * The people whose ties reach across countries, sectors or tracks, most central first.
   *
   * @param limit at most this many
   * @return the bridges
   */
  public ImmutableList<Bridge> bridges(int limit) {
    Map<PersonId, Double> score = betweenness();
    List<Bridge> out = new ArrayList<>();
    for (PersonId p : graph.vertexSet()) {
      Set<String> countries = new TreeSet<>();
      Set<String> sectors = new TreeSet<>();
      Set<String> trackSet = new TreeSet<>(tracks.getOrDefault(p, Set.of()));
      countries.add(country(p));
      sectors.add(sector(p));
      for (Tie t : graph.edgesOf(p)) {
        PersonId other = graph.getEdgeSource(t).equals(p) ? graph.getEdgeTarget(t)
            : graph.getEdgeSource(t);
        countries.add(country(other));
        sectors.add(sector(other));
        trackSet.addAll(tracks.getOrDefault(other, Set.of()));
      }
      countries.remove("?");
      sectors.remove("?");
      double s = score.getOrDefault(p, 0.0);
      if (s > 0 && (countries.size() > 1 || sectors.size() > 1 || trackSet.size() > 1)) {
        out.add(new Bridge(p, s, ImmutableSortedSet.copyOf(countries),
            ImmutableSortedSet.copyOf(sectors), ImmutableSortedSet.copyOf(trackSet)));
      }
    }
    out.sort(Comparator.comparingDouble(Bridge::betweenness).reversed()
        .thenComparing(Bridge::person));
    return ImmutableList.copyOf(out.subList(0, Math.min(limit, out.size())));
  }

  /**
   * Growth per year: people who joined the network that year (by their first tie) and ties
   * first made that year, with running totals.
   *
   * @return the table: year, new people, people, new ties, ties
   */
  public Table growthPerYear() {
    TreeMap<Integer, long[]> years = new TreeMap<>();
    for (PersonId p : graph.vertexSet()) {
      LocalDate d = joined.get(p);
      if (d != null) {
        years.computeIfAbsent(d.getYear(), y -> new long[2])[0]++;
      }
    }
    for (Tie t : graph.edgeSet()) {
      years.computeIfAbsent(t.since().getYear(), y -> new long[2])[1]++;
    }
    Table.Builder t = Table.builder("alumni network growth per year", "year", "new people",
        "people", "new ties", "ties");
    long people = 0;
    long ties = 0;
    for (Map.Entry<Integer, long[]> e : years.entrySet()) {
      people += e.getValue()[0];
      ties += e.getValue()[1];
      t.row(String.valueOf(e.getKey()), e.getValue()[0], people, e.getValue()[1], ties);
    }
    return t.build();
  }

  /**
   * A summary: people, ties, components, the largest component, mean degree, ties per kind.
   *
   * @return the table: measure, value
   */
  public Table summary() {
    Table.Builder t = Table.builder("alumni network", "measure", "value");
    int n = graph.vertexSet().size();
    int m = graph.edgeSet().size();
    t.row("people", (long) n);
    t.row("ties", (long) m);
    t.row("components", (long) components().size());
    t.row("largest component", components().isEmpty() ? 0L : (long) components().get(0).size());
    t.row("mean degree", n == 0 ? "0" : String.format(java.util.Locale.ROOT, "%.2f",
        2.0 * m / n));
    Map<TieKind, Long> kinds = new java.util.EnumMap<>(TieKind.class);
    for (Tie tie : graph.edgeSet()) {
      tie.eachKind(k -> kinds.merge(k, 1L, Long::sum));
    }
    kinds.forEach((k, v) -> t.row("ties " + k.name().toLowerCase(java.util.Locale.ROOT)
        .replace('_', ' '), v));
    return t.build();
  }

  /**
   * Collects vertices and ties, program by program, then builds the graph once.
   *
   * <p>People get dense int indices as they are first met, and a tie is found by the pair of
   * indices in an open-addressing table of longs, so an occasion shared by k people costs
   * k(k-1)/2 table probes and no allocation; the JGraphT graph gets each vertex and tie once at
   * the end. Before, every pair of every same-day group went through the graph's own lookup
   * (an allocated vertex pair and two hash maps per probe), which dominated the report.
   */
  private static final class Builder {
    final Map<PersonId, Set<String>> tracks = new HashMap<>();
    final Map<PersonId, LocalDate> joined = new HashMap<>();
    private final Map<PersonId, Integer> index = new HashMap<>();
    private final List<PersonId> people = new ArrayList<>();
    private int[] firstDay = new int[64];
    private final List<Tie> ties = new ArrayList<>();
    private final List<long[]> ends = new ArrayList<>();
    private final PairTable pairs = new PairTable();

    AlumniNetwork build(DirectoryView directory) {
      Graph<PersonId, Tie> graph = new SimpleGraph<>(null, null, false);
      for (int i = 0; i < people.size(); i++) {
        graph.addVertex(people.get(i));
        joined.put(people.get(i), LocalDate.ofEpochDay(firstDay[i]));
      }
      for (int t = 0; t < ties.size(); t++) {
        long key = ends.get(t / PairTable.CHUNK)[t % PairTable.CHUNK];
        graph.addEdge(people.get((int) (key >>> 32)), people.get((int) key), ties.get(t));
      }
      return new AlumniNetwork(graph, directory, tracks, joined);
    }

    void program(Program p) {
      ProgramId pid = p.id();
      for (Edition e : p.editions()) {
        Map<String, List<PersonId>> byTrack = new TreeMap<>();
        for (Enrollment en : e.enrollments()) {
          if (TAKING_PART.contains(en.status())) {
            String track = e.id().value() + "/" + en.track().map(t -> t.value()).orElse("-");
            byTrack.computeIfAbsent(track, k -> new ArrayList<>()).add(en.person());
            tracks.computeIfAbsent(en.person(), k -> new TreeSet<>()).add(track);
            vertex(en.person(), e.period().start());
          }
        }
        byTrack.values().forEach(group -> clique(group, TieKind.SAME_TRACK, pid,
            e.period().start()));
      }
      for (MentorPairing mp : p.pairings()) {
        tie(mp.mentor(), mp.mentee(), TieKind.MENTOR_PAIR, pid, mp.period().start());
      }
      for (LearningCircle c : p.circles()) {
        Set<PersonId> all = new LinkedHashSet<>();
        c.members().stream().map(CircleMember::person).forEach(all::add);
        all.addAll(c.facilitators());
        all.addAll(c.invitedExperts());
        clique(new ArrayList<>(all), TieKind.CIRCLE, pid, c.period().start());
      }
      for (ExchangeVisit v : p.exchangeVisits()) {
        clique(new ArrayList<>(v.visitors()), TieKind.EXCHANGE, pid, v.period().start());
      }
      for (ReflectionMeeting r : p.reflectionMeetings()) {
        List<PersonId> people = new ArrayList<>();
        r.participants().stream().map(Representation::person).flatMap(Optional::stream)
            .distinct().forEach(people::add);
        clique(people, TieKind.REFLECTION, pid, r.when().day());
      }
    }

    /** Ties visitors to the host organisation's people who are in the network already. */
    void hosts(List<Program> programs, DirectoryView directory) {
      Map<org.civiclab.core.model.OrganizationId, List<PersonId>> byOrg = new HashMap<>();
      for (PersonId p : people) {
        directory.person(p).flatMap(Person::organization)
            .ifPresent(o -> byOrg.computeIfAbsent(o, k -> new ArrayList<>()).add(p));
      }
      for (Program p : programs) {
        for (ExchangeVisit v : p.exchangeVisits()) {
          for (PersonId host : byOrg.getOrDefault(v.host(), List.of())) {
            for (PersonId visitor : v.visitors()) {
              tie(visitor, host, TieKind.EXCHANGE, p.id(), v.period().start());
            }
          }
        }
      }
    }

    /** Same-module-day ties, from the attendance records. */
    void moduleDays(List<Program> programs, Iterable<Attendance> attendance) {
      Map<EventId, ModuleId> moduleOf = new HashMap<>();
      Map<EventId, LocalDate> dayOf = new HashMap<>();
      Map<EventId, ProgramId> programOf = new HashMap<>();
      for (Program p : programs) {
        for (Edition e : p.editions()) {
          for (Module m : e.modules()) {
            for (Session s : m.sessions()) {
              moduleOf.put(s.id(), m.id());
              s.when().ifPresent(w -> dayOf.put(s.id(), w.day()));
              programOf.put(s.id(), p.id());
            }
          }
        }
      }
      Map<String, Set<PersonId>> groups = new TreeMap<>();
      Map<String, LocalDate> groupDay = new HashMap<>();
      Map<String, ProgramId> groupProgram = new HashMap<>();
      for (Attendance a : attendance) {
        if (a.status() != AttendanceStatus.PRESENT && a.status() != AttendanceStatus.LATE) {
          continue;
        }
        ModuleId m = moduleOf.get(a.event());
        LocalDate d = dayOf.get(a.event());
        ProgramId pid = programOf.get(a.event());
        if (m == null || d == null || pid == null || !pid.equals(a.program())) {
          continue;
        }
        String key = pid.value() + "|" + m.value() + "|" + d;
        groups.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(a.person());
        groupDay.put(key, d);
        groupProgram.put(key, pid);
      }
      for (Map.Entry<String, Set<PersonId>> g : groups.entrySet()) {
        LocalDate d = groupDay.get(g.getKey());
        ProgramId pid = groupProgram.get(g.getKey());
        if (d != null && pid != null) {
          clique(new ArrayList<>(g.getValue()), TieKind.SAME_MODULE_DAY, pid, d);
        }
      }
    }

    /** The index of a person, met on a day (kept when earlier than their first day yet). */
    int vertex(PersonId p, LocalDate day) {
      int d = (int) day.toEpochDay();
      Integer known = index.get(p);
      if (known != null) {
        if (d < firstDay[known]) {
          firstDay[known] = d;
        }
        return known;
      }
      int i = people.size();
      index.put(p, i);
      people.add(p);
      if (i == firstDay.length) {
        firstDay = java.util.Arrays.copyOf(firstDay, 2 * i);
      }
      firstDay[i] = d;
      return i;
    }

    void clique(List<PersonId> group, TieKind kind, ProgramId program, LocalDate day) {
      int[] at = new int[group.size()];
      for (int i = 0; i < at.length; i++) {
        at[i] = vertex(group.get(i), day);
      }
      for (int i = 0; i < at.length; i++) {
        for (int j = i + 1; j < at.length; j++) {
          tie(at[i], at[j], kind, program, day);
        }
      }
    }

    void tie(PersonId a, PersonId b, TieKind kind, ProgramId program, LocalDate day) {
      if (!a.equals(b)) {
        tie(vertex(a, day), vertex(b, day), kind, program, day);
      }
    }

    private void tie(int a, int b, TieKind kind, ProgramId program, LocalDate day) {
      if (a == b) {
        return;
      }
      long key = a < b ? ((long) a << 32) | b : ((long) b << 32) | a;
      int t = pairs.get(key);
      if (t < 0) {
        t = ties.size();
        ties.add(new Tie());
        if (t % PairTable.CHUNK == 0) {
          ends.add(new long[PairTable.CHUNK]);
        }
        ends.get(t / PairTable.CHUNK)[t % PairTable.CHUNK] = key;
        pairs.put(key, t);
      }
      ties.get(t).add(kind, program, day);
    }
  }

  /**
   * Pairs of person indices (smaller in the high half) to tie indices: linear probing over a
   * power-of-two table of longs, grown at half full. Keys are never removed.
   */
  private static final class PairTable {
    static final int CHUNK = 4096;
    private static final long EMPTY = -1L;
    private long[] keys = filled(1 << 12);
    private int[] values = new int[1 << 12];
    private int size;

    private static long[] filled(int n) {
      long[] k = new long[n];
      java.util.Arrays.fill(k, EMPTY);
      return k;
    }

    private static int slot(long key, int mask) {
      long h = key * 0x9E3779B97F4A7C15L;
      return (int) (h ^ (h >>> 29)) & mask;
    }

    int get(long key) {
      int mask = keys.length - 1;
      for (int i = slot(key, mask);; i = (i + 1) & mask) {
        long k = keys[i];
        if (k == key) {
          return values[i];
        }
        if (k == EMPTY) {
          return -1;
        }
      }
    }

    void put(long key, int value) {
      if (2 * (size + 1) > keys.length) {
        grow();
      }
      int mask = keys.length - 1;
      int i = slot(key, mask);
      while (keys[i] != EMPTY) {
        i = (i + 1) & mask;
      }
      keys[i] = key;
      values[i] = value;
      size++;
    }

    private void grow() {
      long[] oldKeys = keys;
      int[] oldValues = values;
      keys = filled(oldKeys.length * 2);
      values = new int[oldKeys.length * 2];
      int mask = keys.length - 1;
      for (int j = 0; j < oldKeys.length; j++) {
        if (oldKeys[j] != EMPTY) {
          int i = slot(oldKeys[j], mask);
          while (keys[i] != EMPTY) {
            i = (i + 1) & mask;
          }
          keys[i] = oldKeys[j];
          values[i] = oldValues[j];
        }
      }
    }
  }
}
