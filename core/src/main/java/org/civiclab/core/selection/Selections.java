package org.civiclab.core.selection;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apiguardian.api.API;
import org.civiclab.core.InvalidInputException;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.selection.internal.Leximin;
import org.civiclab.core.selection.internal.PanelOracle;

/**
 * Selects a panel from applicants with quotas, and replaces people who withdraw.
 *
 * <p>Applicants who belong to exactly the same quotas form a type; the engine decides how
 * many of each type a panel takes with an exact integer search ({@code PanelOracle}, branch
 * and bound on a linear relaxation), so every panel it returns keeps every quota, and it
 * says so when none can. The fair lottery computes the leximin distribution by column
 * generation over panels. Limits: the work grows with the number of types, not of applicants,
 * and quickly: one quota attribute stays fast for thousands of applicants; two attributes
 * suit a few dozen types (76 types took minutes); three or more attributes may need branching
 * and give up with an {@link InvalidInputException} on {@code quotas} beyond 20,000 search
 * nodes. Stateless; the same request gives the same selection.
 *
 * <p>For example:
 * {@snippet :
 * SelectionRequest request = SelectionRequest.builder().applicants(applicants).panelSize(20)
 *     .addQuotas(Quota.between("gender", "woman", 9, 11), Quota.between("gender", "man", 9, 11))
 *     .method(SelectionMethod.FAIR_LOTTERY).seed(2024).build();
 * Selection s = Selections.select(request);          // s.selected(), s.probabilities(), s.audit()
 * Selection after = Selections.replace(request, s, s.selected().get(0));
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class Selections {
  private Selections() {}

  /**
   * Selects a panel.
   *
   * @param request the applicants, quotas, method and seed
   * @return the selection, or the shortfalls that prevent one
   * @throws InvalidInputException when the quotas are too entangled for the exact search
   */
  public static Selection select(SelectionRequest request) {
    Types types = new Types(request);
    Selection.Builder out = Selection.builder().method(request.method())
        .quotas(request.allQuotas());
    List<Shortfall> shortfalls = types.shortfalls();
    if (shortfalls.isEmpty()) {
      try {
        if (types.oracle.best(new double[types.count()]).isEmpty()) {
          shortfalls.add(Shortfall.builder().missing(0).message("each quota can be met on its"
              + " own, but no panel of " + request.panelSize() + " meets them all together:"
              + " relax a minimum or a maximum").build());
        }
      } catch (IllegalStateException e) {
        throw InvalidInputException.of("quotas", String.valueOf(e.getMessage()));
      }
    }
    if (!shortfalls.isEmpty()) {
      return out.shortfalls(shortfalls).addAudit("no panel keeps the quotas: "
          + shortfalls.size() + " shortfall(s)").build();
    }
    try {
      switch (request.method()) {
        case RANKING:
          return ranked(request, types, out);
        case LOTTERY:
          return lottery(request, types, out);
        default:
          return fair(request, types, out);
      }
    } catch (IllegalStateException e) {
      throw InvalidInputException.of("quotas", String.valueOf(e.getMessage()));
    }
  }

  /**
   * Replaces a selected person who withdraws by the first reserve with whom the panel keeps
   * every quota.
   *
   * @param request the request the selection came from
   * @param selection the selection
   * @param withdrawn a selected person
   * @return the selection with the reserve in the withdrawn person's place (and an audit
   *     line); when no reserve keeps every quota, the panel without the withdrawn person and a
   *     shortfall that says so
   * @throws InvalidInputException when the person was not selected
   */
  public static Selection replace(SelectionRequest request, Selection selection,
      PersonId withdrawn) {
    if (!selection.selected().contains(withdrawn)) {
      throw InvalidInputException.of("withdrawn", withdrawn + " is not selected");
    }
    Map<PersonId, Applicant> byId = new HashMap<>();
    request.applicants().forEach(a -> byId.put(a.id(), a));
    List<PersonId> panel = new ArrayList<>(selection.selected());
    panel.remove(withdrawn);
    for (PersonId r : selection.reserves()) {
      List<PersonId> trial = new ArrayList<>(panel);
      trial.add(r);
      if (broken(request.allQuotas(), trial, byId).isEmpty()) {
        List<PersonId> reserves = new ArrayList<>(selection.reserves());
        reserves.remove(r);
        return Selection.builder().from(selection).selected(trial).reserves(reserves)
            .reservesByStratum(byStratum(request.allQuotas(), reserves, byId))
            .addAudit("replaced " + withdrawn + " (withdrew) by reserve " + r
                + ", the first who keeps every quota")
            .build();
      }
    }
    Optional<Quota> first = broken(request.allQuotas(), panel, byId).stream().findFirst();
    Shortfall.Builder f = Shortfall.builder().missing(1).message("no reserve keeps every quota"
        + " after " + withdrawn + " withdrew" + first.map(q -> ": " + q + " is broken")
            .orElse(": the panel is one short"));
    first.ifPresent(q -> f.stratum(q.stratum()));
    return Selection.builder().from(selection).selected(panel).addShortfalls(f.build())
        .addAudit(withdrawn + " withdrew; no reserve keeps every quota").build();
  }

  private static List<Quota> broken(List<Quota> quotas, List<PersonId> panel,
      Map<PersonId, Applicant> byId) {
    List<Quota> out = new ArrayList<>();
    for (Quota q : quotas) {
      long n = panel.stream().filter(p -> in(Objects.requireNonNull(byId.get(p)), q.stratum())).count();
      if (n < q.min() || n > q.max()) {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean in(Applicant a, Stratum s) {
    return s.value().equals(a.attributes().get(s.attribute()));
  }

  private static ImmutableListMultimap<Stratum, PersonId> byStratum(List<Quota> quotas,
      List<PersonId> reserves, Map<PersonId, Applicant> byId) {
    ImmutableListMultimap.Builder<Stratum, PersonId> b = ImmutableListMultimap.builder();
    for (Quota q : quotas) {
      for (PersonId r : reserves) {
        if (in(Objects.requireNonNull(byId.get(r)), q.stratum())) {
          b.put(q.stratum(), r);
        }
      }
    }
    return b.build();
  }

  private static Selection ranked(SelectionRequest request, Types types,
      Selection.Builder out) {
    List<Applicant> order = new ArrayList<>(request.applicants());
    order.sort(Comparator.comparingDouble(Applicant::score).reversed()
        .thenComparing(a -> a.id().value()));
    out.addAudit("method: ranking by score, highest first, ties by id; each applicant is"
        + " taken when the quotas can still be met with them");
    return greedy(request, types, order, out, "rank");
  }

  private static Selection lottery(SelectionRequest request, Types types,
      Selection.Builder out) {
    List<Applicant> order = new ArrayList<>(request.applicants());
    SplittableRandom random = new SplittableRandom(request.seed());
    shuffle(order, random);
    out.addAudit("seed: " + request.seed());
    out.addAudit("algorithm: java.util.SplittableRandom(seed); Fisher-Yates shuffle of the"
        + " applicants in request order (i from last to 1, swap i with nextInt(i + 1));"
        + " then each applicant in the shuffled order is taken when the quotas can still be"
        + " met with them");
    return greedy(request, types, order, out, "draw");
  }

  private static <T> void shuffle(List<T> list, SplittableRandom random) {
    for (int i = list.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T swap = list.get(i);
      list.set(i, list.get(j));
      list.set(j, swap);
    }
  }

  private static Selection greedy(SelectionRequest request, Types types, List<Applicant> order,
      Selection.Builder out, String word) {
    int k = types.count();
    int[] c = new int[k];
    int[] rem = types.sizes.clone();
    int[] target = types.oracle.best(new double[k]).orElseThrow();
    List<PersonId> selected = new ArrayList<>();
    List<PersonId> reserves = new ArrayList<>();
    int step = 0;
    for (Applicant a : order) {
      int t = Objects.requireNonNull(types.typeOf.get(a.id()));
      rem[t]--;
      if (selected.size() == request.panelSize()) {
        reserves.add(a.id());
        continue;
      }
      step++;
      boolean take = c[t] < target[t];
      if (!take) {
        int[] lo = c.clone();
        lo[t]++;
        int[] up = new int[k];
        for (int j = 0; j < k; j++) {
          up[j] = c[j] + rem[j];
        }
        up[t] = c[t] + 1 + rem[t];
        Optional<int[]> next = types.oracle.best(new double[k], lo, up);
        if (next.isPresent()) {
          target = next.get();
          take = true;
        }
      }
      if (take) {
        c[t]++;
        selected.add(a.id());
        out.addAudit(word + " " + step + ": " + a.id() + types.describe(t) + " selected ("
            + selected.size() + " of " + request.panelSize() + ")");
      } else {
        reserves.add(a.id());
        out.addAudit(word + " " + step + ": " + a.id() + types.describe(t)
            + " passed over: with them no panel keeps every quota");
      }
    }
    return out.selected(selected).reserves(reserves)
        .reservesByStratum(byStratum(request.allQuotas(), reserves, types.byId)).build();
  }

  private static Selection fair(SelectionRequest request, Types types, Selection.Builder out) {
    Leximin lex = Leximin.solve(types.oracle);
    SplittableRandom random = new SplittableRandom(request.seed());
    double u = random.nextDouble();
    int chosen = lex.panels.size() - 1;
    double acc = 0;
    int support = 0;
    for (int p = 0; p < lex.panels.size(); p++) {
      if (lex.weights[p] > 1e-12) {
        support++;
      }
    }
    for (int p = 0; p < lex.panels.size(); p++) {
      acc += lex.weights[p];
      if (u < acc) {
        chosen = p;
        break;
      }
    }
    out.addAudit("seed: " + request.seed());
    out.addAudit("algorithm: leximin (Flanigan et al., Nature 2021) over " + types.count()
        + " types of applicants (same quotas) by column generation; " + support
        + " panels with positive probability; java.util.SplittableRandom(seed): nextDouble()"
        + " picks the panel by cumulative probability, then each type's members are shuffled"
        + " (Fisher-Yates, nextInt) and the first ones taken");
    out.addAudit(String.format(Locale.ROOT, "panel drawn: number %d (probability %.6f) with"
        + " u = %.6f", chosen + 1, lex.weights[chosen], u));
    int[] composition = lex.panels.get(chosen);
    List<PersonId> selected = new ArrayList<>();
    List<PersonId> rest = new ArrayList<>();
    for (int t = 0; t < types.count(); t++) {
      List<PersonId> members = new ArrayList<>(types.members.get(t));
      shuffle(members, random);
      for (int i = 0; i < members.size(); i++) {
        if (i < composition[t]) {
          selected.add(members.get(i));
          out.addAudit("draw: " + members.get(i) + types.describe(t) + " selected");
        } else {
          rest.add(members.get(i));
        }
      }
    }
    shuffle(rest, random);
    out.addAudit("reserves: the others in a random order (Fisher-Yates, nextInt)");
    Map<PersonId, Double> probabilities = new LinkedHashMap<>();
    for (Applicant a : request.applicants()) {
      probabilities.put(a.id(), lex.typeProbability[Objects.requireNonNull(types.typeOf.get(a.id()))]);
    }
    return out.selected(selected).reserves(rest).probabilities(probabilities).panels(support)
        .reservesByStratum(byStratum(request.allQuotas(), rest, types.byId)).build();
  }

  /** Applicants grouped by the quotas they belong to. */
  private static final class Types {
    final SelectionRequest request;
    final List<Quota> quotas;
    final Map<PersonId, Applicant> byId = new HashMap<>();
    final Map<PersonId, Integer> typeOf = new HashMap<>();
    final List<List<PersonId>> members = new ArrayList<>();
    final List<boolean[]> signature = new ArrayList<>();
    final int[] sizes;
    final PanelOracle oracle;

    Types(SelectionRequest request) {
      this.request = request;
      this.quotas = request.allQuotas();
      Map<String, Integer> index = new HashMap<>();
      for (Applicant a : request.applicants()) {
        byId.put(a.id(), a);
        boolean[] sig = new boolean[quotas.size()];
        StringBuilder key = new StringBuilder();
        for (int q = 0; q < quotas.size(); q++) {
          sig[q] = in(a, quotas.get(q).stratum());
          key.append(sig[q] ? '1' : '0');
        }
        Integer t = index.get(key.toString());
        if (t == null) {
          t = members.size();
          index.put(key.toString(), t);
          members.add(new ArrayList<>());
          signature.add(sig);
        }
        members.get(t).add(a.id());
        typeOf.put(a.id(), t);
      }
      sizes = new int[members.size()];
      boolean[][] member = new boolean[quotas.size()][members.size()];
      for (int t = 0; t < members.size(); t++) {
        sizes[t] = members.get(t).size();
        for (int q = 0; q < quotas.size(); q++) {
          member[q][t] = signature.get(t)[q];
        }
      }
      int[] min = quotas.stream().mapToInt(Quota::min).toArray();
      int[] max = quotas.stream().mapToInt(q -> Math.min(q.max(), request.panelSize()))
          .toArray();
      oracle = new PanelOracle(sizes, member, min, max, request.panelSize());
    }

    int count() {
      return sizes.length;
    }

    String describe(int t) {
      List<String> in = new ArrayList<>();
      for (int q = 0; q < quotas.size(); q++) {
        if (signature.get(t)[q]) {
          in.add(quotas.get(q).stratum().toString());
        }
      }
      return in.isEmpty() ? "" : " " + in;
    }

    /** The shortfalls that simple counting shows. */
    List<Shortfall> shortfalls() {
      List<Shortfall> out = new ArrayList<>();
      int n = request.panelSize();
      int applicants = request.applicants().size();
      if (applicants < n) {
        out.add(Shortfall.builder().missing(n - applicants).message(applicants
            + " applicants for " + n + " places: " + (n - applicants) + " short").build());
      }
      Map<String, Integer> capacity = new LinkedHashMap<>();
      Map<String, Integer> covered = new HashMap<>();
      for (Quota q : quotas) {
        long have = request.applicants().stream().filter(a -> in(a, q.stratum())).count();
        if (have < q.min()) {
          out.add(Shortfall.builder().stratum(q.stratum()).missing((int) (q.min() - have))
              .message(q.stratum() + ": " + have + " applicant(s), the quota needs at least "
                  + q.min() + ": " + (q.min() - have) + " short").build());
        }
        capacity.merge(q.stratum().attribute(), (int) Math.min(have, q.max()), Integer::sum);
        covered.merge(q.stratum().attribute(), (int) have, Integer::sum);
      }
      capacity.forEach((attribute, cap) -> {
        int total = cap + applicants - covered.getOrDefault(attribute, 0);
        if (total < n && applicants >= n) {
          out.add(Shortfall.builder().missing(n - total).message("the maximums on "
              + attribute + " and its applicants fill at most " + total + " of " + n
              + " places: " + (n - total) + " short").build());
        }
      });
      return out;
    }
  }
}
