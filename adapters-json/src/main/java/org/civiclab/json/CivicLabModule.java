package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.apiguardian.api.API;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.CircleId;
import org.civiclab.core.model.CircleMember;
import org.civiclab.core.model.Edition;
import org.civiclab.core.model.EditionId;
import org.civiclab.core.model.Eligibility;
import org.civiclab.core.model.Enrollment;
import org.civiclab.core.model.EnrollmentPolicy;
import org.civiclab.core.model.Evaluation;
import org.civiclab.core.model.EvaluationId;
import org.civiclab.core.model.EvaluationSubject;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.ExchangeVisit;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FindingId;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.FundingCycle;
import org.civiclab.core.model.LearningCircle;
import org.civiclab.core.model.LocalizedText;
import org.civiclab.core.model.Meeting;
import org.civiclab.core.model.MentorPairing;
import org.civiclab.core.model.Module;
import org.civiclab.core.model.ModuleId;
import org.civiclab.core.model.Organization;
import org.civiclab.core.model.OrganizationId;
import org.civiclab.core.model.OutreachMeeting;
import org.civiclab.core.model.OutreachSeries;
import org.civiclab.core.model.PairingId;
import org.civiclab.core.model.Person;
import org.civiclab.core.model.PersonId;
import org.civiclab.core.model.Program;
import org.civiclab.core.model.ProgramId;
import org.civiclab.core.model.ReflectionMeeting;
import org.civiclab.core.model.Representation;
import org.civiclab.core.model.RoleAssignment;
import org.civiclab.core.model.Session;
import org.civiclab.core.model.Track;
import org.civiclab.core.model.TrackId;
import org.civiclab.core.model.TypedId;
import org.civiclab.core.model.Venue;
import org.civiclab.core.model.VenueId;
import org.civiclab.core.model.SeriesId;
import org.civiclab.core.model.VisitId;
import org.civiclab.core.time.AcademicCalendar;
import org.civiclab.core.time.Cadence;
import org.civiclab.core.time.Season;
import org.civiclab.core.time.DateRange;
import org.civiclab.core.time.HolidayCalendar;
import org.civiclab.core.time.Term;
import org.civiclab.core.time.TimeSpan;
import org.civiclab.core.time.WorkingHours;
import org.jspecify.annotations.Nullable;

/**
 * A Jackson module that reads and writes CivicLab's model values with an {@code ObjectMapper}:
 * {@code mapper.registerModule(new CivicLabModule())}, then
 * {@code mapper.readValue(json, Program.class)}.
 *
 * <p>It maps the bare values (a program object, a person object, an id as a string), not the
 * versioned documents of {@link CivicLabJson}, through the same mapping and with the same
 * strictness: a value that is not valid throws {@link JsonDocumentException} with every
 * problem, paths relative to the value read. Read at the top level, the exception reaches the
 * caller as it is; read as a property of the caller's own class, Jackson wraps it in a
 * {@code JsonMappingException} whose cause it is. Programs are checked for references inside
 * the program (venues, tracks, evaluation subjects). Size limits are those of the mapper's
 * {@code JsonFactory}; configure its {@code StreamReadConstraints} for untrusted input.
 */
@API(status = STABLE, since = "0.1.0")
public final class CivicLabModule extends SimpleModule {
  private static final long serialVersionUID = 1L;

  private final int maxProblems;

  /** Creates the module. */
  public CivicLabModule() {
    super("CivicLabModule");
    this.maxProblems = JsonLimits.defaults().maxProblems();
    tree(Program.class, (r, n, path) -> {
      Program p = ModelCodec.program(r, n, path);
      CivicLabJson.checkReferences(r, p, n, path, null);
      return p;
    }, ModelCodec::program);
    tree(Edition.class, ModelCodec::edition, ModelCodec::edition);
    tree(Track.class, ModelCodec::track, ModelCodec::track);
    tree(Module.class, ModelCodec::module, ModelCodec::module);
    tree(Session.class, ModelCodec::session, ModelCodec::session);
    tree(Venue.class, ModelCodec::venue, ModelCodec::venue);
    tree(RoleAssignment.class, ModelCodec::roleAssignment, ModelCodec::roleAssignment);
    tree(LocalizedText.class, ModelCodec::localizedText, ModelCodec::localizedText);
    tree(Eligibility.class, ModelCodec::eligibility, ModelCodec::eligibility);
    tree(Enrollment.class, ModelCodec::enrollment, ModelCodec::enrollment);
    tree(EnrollmentPolicy.class, ModelCodec::enrollmentPolicy, ModelCodec::enrollmentPolicy);
    tree(FundingCycle.class, ModelCodec::fundingCycle, ModelCodec::fundingCycle);
    tree(MentorPairing.class, ModelCodec::mentorPairing, ModelCodec::mentorPairing);
    tree(Meeting.class, ModelCodec::meeting, ModelCodec::meeting);
    tree(LearningCircle.class, ModelCodec::learningCircle, ModelCodec::learningCircle);
    tree(CircleMember.class, ModelCodec::circleMember, ModelCodec::circleMember);
    tree(ExchangeVisit.class, ModelCodec::exchangeVisit, ModelCodec::exchangeVisit);
    tree(OutreachMeeting.class, ModelCodec::outreachMeeting, ModelCodec::outreachMeeting);
    tree(OutreachSeries.class, ModelCodec::outreachSeries, ModelCodec::outreachSeries);
    tree(Season.class, ModelCodec::season, ModelCodec::season);
    tree(Finding.class, ModelCodec::finding, ModelCodec::finding);
    tree(FollowUpAction.class, ModelCodec::followUpAction, ModelCodec::followUpAction);
    tree(ReflectionMeeting.class, ModelCodec::reflectionMeeting,
        ModelCodec::reflectionMeeting);
    tree(Representation.class, ModelCodec::representation, ModelCodec::representation);
    tree(Evaluation.class, ModelCodec::evaluation, ModelCodec::evaluation);
    tree(EvaluationSubject.class, ModelCodec::evaluationSubject,
        ModelCodec::evaluationSubject);
    tree(Person.class, ModelCodec::person, ModelCodec::person);
    tree(Organization.class, ModelCodec::organization, ModelCodec::organization);
    tree(DateRange.class, ModelCodec::dateRange, ModelCodec::dateRange);
    tree(TimeSpan.class, ModelCodec::timeSpan, ModelCodec::timeSpan);
    tree(Cadence.class, ModelCodec::cadence, ModelCodec::cadence);
    tree(Term.class, ModelCodec::term, ModelCodec::term);
    tree(AcademicCalendar.class, ModelCodec::academicCalendar, ModelCodec::academicCalendar);
    tree(HolidayCalendar.class, ModelCodec::holidayCalendar, ModelCodec::holidayCalendar);
    tree(WorkingHours.class, ModelCodec::workingHours, ModelCodec::workingHours);
    id(ProgramId.class, ModelCodec.PROGRAM_ID);
    id(EditionId.class, ModelCodec.EDITION_ID);
    id(TrackId.class, ModelCodec.TRACK_ID);
    id(ModuleId.class, ModelCodec.MODULE_ID);
    id(EventId.class, ModelCodec.EVENT_ID);
    id(VenueId.class, ModelCodec.VENUE_ID);
    id(PersonId.class, ModelCodec.PERSON_ID);
    id(OrganizationId.class, ModelCodec.ORG_ID);
    id(PairingId.class, ModelCodec.PAIRING_ID);
    id(CircleId.class, ModelCodec.CIRCLE_ID);
    id(VisitId.class, ModelCodec.VISIT_ID);
    id(SeriesId.class, ModelCodec.SERIES_ID);
    id(FindingId.class, ModelCodec.FINDING_ID);
    id(EvaluationId.class, ModelCodec.EVALUATION_ID);
    add(Attendance.class, AttendanceCodec::read, AttendanceCodec::write);
  }

  /** Reads a value from the parser's current token; null when problems were recorded. */
  private interface ParserRead<T> {
    @Nullable T read(JsonParser p, Reading r, String path) throws IOException;
  }

  private <T> void tree(Class<T> type, Fields.Read<T> read, ModelCodec.Write<T> write) {
    add(type, (p, r, path) -> read.read(r, TreeReader.read(p, r, path), path), write);
  }

  private <T extends TypedId> void id(Class<T> type, Fields.Read<T> read) {
    tree(type, read, (g, v) -> g.writeString(v.value()));
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private <T> void add(Class<T> type, ParserRead<T> read, ModelCodec.Write<T> write) {
    addSerializer(type, new StdSerializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public void serialize(T value, JsonGenerator g, SerializerProvider provider)
          throws IOException {
        write.write(g, value);
      }
    });
    JsonDeserializer<T> deserializer = new StdDeserializer<T>(type) {
      private static final long serialVersionUID = 1L;

      @Override
      public @Nullable T deserialize(JsonParser p, DeserializationContext context)
          throws IOException {
        Reading r = new Reading(maxProblems);
        T value = read.read(p, r, "");
        r.throwIfAny();
        return value;
      }
    };
    addDeserializer(type, deserializer);
    // the generated implementation class too, so that no bean deserializer ever bypasses
    // the builder's checks (immutables#634)
    try {
      Class<?> generated = Class.forName(type.getPackageName() + ".Immutable"
          + type.getSimpleName(), false, type.getClassLoader());
      addDeserializer((Class) generated, (JsonDeserializer) deserializer);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException("no generated class for " + type, e);
    }
  }
}
