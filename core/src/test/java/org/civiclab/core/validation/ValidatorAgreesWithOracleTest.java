package org.civiclab.core.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.civiclab.core.Problem;
import org.civiclab.core.model.AttributeDefinition;
import org.civiclab.core.model.AttributeSchema;
import org.civiclab.core.model.AttributeType;
import org.civiclab.core.model.AttributeValue;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.PairingDirection;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.store.DirectorySnapshot;
import org.civiclab.core.testing.ProgramGenerator;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.DateRange;

/**
 * The validator, whose checks index and sweep instead of comparing every pair, reports exactly
 * the problems (paths, messages, order) of the plain pairwise validator kept in
 * {@link NaiveProgramValidator}, on small programs made to break the rewritten checks: mentees
 * with several overlapping mentors, enrolments in unknown tracks, evaluations of missing parts,
 * people whose custom attributes the program's schema does not allow.
 */
class ValidatorAgreesWithOracleTest {

  /** A generated program with clashing pairings, stray tracks and stray evaluations added. */
  static Program mutate(ProgramGenerator.Generated g, long seed, int pairings) {
    SplittableRandom random = new SplittableRandom(seed);
    Program p = g.program();
    List<PersonId> people = new ArrayList<>();
    g.directory().people().values().stream().map(Person::id).forEach(people::add);
    // a few mentees only, so that many pairings share one; some people absent from the directory
    people = new ArrayList<>(people.subList(0, Math.min(3, people.size())));
    people.add(PersonId.of("stranger"));
    DateRange period = p.period();
    int days = (int) period.lengthInDays();
    Program.Builder b = Program.builder().from(p);
    for (int i = 0; i < pairings; i++) {
      PersonId mentor = people.get(random.nextInt(people.size()));
      PersonId mentee = people.get(random.nextInt(people.size()));
      if (mentor.equals(mentee)) {
        mentee = PersonId.of("mentee-" + random.nextInt(2));
      }
      LocalDate from = period.start().plusDays(random.nextInt(days));
      LocalDate to = from.plusDays(random.nextInt(4) == 0 ? 0
          : random.nextInt((int) (period.end().toEpochDay() - from.toEpochDay()) + 1));
      b.addPairing(MentorPairing.builder().id(PairingId.of("extra-" + i)).mentor(mentor)
          .mentee(mentee).direction(PairingDirection.CONVENTIONAL).cadence(Cadence.perTerm(2))
          .period(DateRange.of(from, to)).build());
    }
    List<Edition> editions = new ArrayList<>();
    for (Edition e : p.editions()) {
      List<Enrollment> enrollments = new ArrayList<>();
      for (Enrollment en : e.enrollments()) {
        int pick = random.nextInt(4);
        Enrollment.Builder x = Enrollment.builder().from(en);
        if (pick == 0) {
          x.track(TrackId.of("no-such-track"));
        } else if (pick == 1 && !e.tracks().isEmpty()) {
          x.track(e.tracks().get(random.nextInt(e.tracks().size())).id());
        } else if (pick == 2) {
          x.track(java.util.Optional.empty());
        }
        enrollments.add(x.build());
      }
      editions.add(e.withEnrollments(enrollments));
    }
    b.editions(editions);
    List<String> ids = new ArrayList<>(List.of("nothing", p.id().value()));
    p.editions().forEach(e -> {
      ids.add(e.id().value());
      e.modules().forEach(m -> {
        ids.add(m.id().value());
        m.sessions().forEach(s -> ids.add(s.id().value()));
      });
    });
    p.pairings().forEach(x -> ids.add(x.id().value()));
    p.circles().forEach(x -> ids.add(x.id().value()));
    p.exchangeVisits().forEach(x -> ids.add(x.id().value()));
    EvaluationSubject.Kind[] kinds = EvaluationSubject.Kind.values();
    for (int i = 0; i < 1 + random.nextInt(8); i++) {
      b.addEvaluation(Evaluation.builder().id(EvaluationId.of("extra-ev" + i))
          .subject(EvaluationSubject.of(kinds[random.nextInt(kinds.length)],
              ids.get(random.nextInt(ids.size()))))
          .submittedOn(period.end()).build());
    }
    return b.build();
  }

  @Provide
  Arbitrary<Program> programs() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.integers().between(0, 3), Arbitraries.integers().between(0, 12))
        .as((seed, size, pairings) -> mutate(ProgramGenerator.generate(seed, size), seed,
            pairings));
  }

  @Provide
  Arbitrary<ProgramGenerator.Generated> generated() {
    return Combinators.combine(Arbitraries.longs().between(0, 1_000_000),
        Arbitraries.integers().between(0, 3)).as(ProgramGenerator::generate);
  }

  @Property(tries = 300)
  void structureChecksAgreeWithThePairwiseOracle(@ForAll("programs") Program program) {
    assertEquals(NaiveProgramValidator.validateStructure(program),
        ProgramValidator.validateStructure(program).problems());
  }

  @Property(tries = 200)
  void fullChecksAgreeWithThePairwiseOracle(@ForAll("generated") ProgramGenerator.Generated g,
      @ForAll long seed, @ForAll("pairingCounts") int pairings) {
    Program program = mutate(g, seed, pairings);
    assertEquals(NaiveProgramValidator.validate(program, g.directory()),
        ProgramValidator.validate(program, g.directory()).problems());
  }

  /**
   * The directory with random custom attributes on its people: declared or not, of the
   * declared type or not, a choice among the choices or not, a required one given or not.
   */
  static DirectorySnapshot withAttributes(DirectorySnapshot directory, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    DirectorySnapshot.Builder b = DirectorySnapshot.builder();
    directory.organizations().values().forEach(b::addOrganization);
    for (Person p : directory.people().values()) {
      Person.Builder x = Person.builder().from(p);
      switch (random.nextInt(4)) {
        case 0:
          x.putAttribute("level", AttributeValue.choice("B1"));
          break;
        case 1:
          x.putAttribute("level", AttributeValue.choice("Z9"));
          break;
        case 2:
          x.putAttribute("level", AttributeValue.text("B1"));
          break;
        default:
          break;
      }
      if (random.nextBoolean()) {
        x.putAttribute("since", random.nextBoolean()
            ? AttributeValue.date(LocalDate.of(2020, 1, 1 + random.nextInt(28)))
            : AttributeValue.number(BigDecimal.valueOf(random.nextInt(100))));
      }
      if (random.nextInt(3) == 0) {
        x.putAttribute("shoeSize", AttributeValue.number(BigDecimal.valueOf(42)));
      }
      b.addPerson(x.build());
    }
    return b.build();
  }

  /** A schema of a choice, required or not, and a date. */
  static AttributeSchema schema(boolean levelRequired) {
    return AttributeSchema.builder()
        .addDefinitions(AttributeDefinition.builder().key("level").label("Level")
            .type(AttributeType.CHOICE).addChoices("A2", "B1").required(levelRequired).build())
        .addDefinitions(AttributeDefinition.builder().key("since").label("Since")
            .type(AttributeType.DATE).build())
        .build();
  }

  @Property(tries = 100)
  void attributeChecksAgreeWithThePairwiseOracle(
      @ForAll("generated") ProgramGenerator.Generated g, @ForAll long seed,
      @ForAll("pairingCounts") int pairings, @ForAll boolean levelRequired) {
    Program program = mutate(g, seed, pairings).withAttributeSchema(schema(levelRequired));
    DirectorySnapshot directory = withAttributes(g.directory(), seed);
    List<Problem> naive = NaiveProgramValidator.validate(program, directory);
    assertEquals(naive, ProgramValidator.validate(program, directory).problems());
    assertEquals(NaiveProgramValidator.validateStructure(program),
        ProgramValidator.validateStructure(program).problems());
  }

  @Example
  void everyKindOfAttributeProblemIsSeen() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(5, 3);
    Program program = g.program().withAttributeSchema(schema(true));
    List<String> messages = new ArrayList<>();
    for (long seed = 0; seed < 20; seed++) {
      NaiveProgramValidator.validate(program, withAttributes(g.directory(), seed))
          .forEach(p -> messages.add(p.message()));
    }
    assertTrue(messages.stream().anyMatch(m -> m.contains("is not declared")), "undeclared");
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("expected a")), "wrong type");
    assertTrue(messages.stream().anyMatch(m -> m.contains("is not one of")), "not a choice");
    assertTrue(messages.stream().anyMatch(m -> m.startsWith("required attribute")), "missing");
  }

  @Provide
  Arbitrary<Integer> pairingCounts() {
    return Arbitraries.integers().between(0, 12);
  }

  @Example
  void oneMenteeWithManyOverlappingMentorsGetsEveryClashInOrder() {
    ProgramGenerator.Generated g = ProgramGenerator.generate(7, 1);
    Program p = mutate(g, 11, 40);
    List<Problem> naive = NaiveProgramValidator.validateStructure(p);
    assertTrue(naive.stream().filter(x -> x.message().startsWith("mentee ")).count() > 10,
        naive::toString);
    assertEquals(naive, ProgramValidator.validateStructure(p).problems());
  }
}
