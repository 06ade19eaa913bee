package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Locale;
import org.apiguardian.api.API;

/** The tables an export writes, and helpers the table classes share. */
@API(status = STABLE, since = "0.1.0")
public final class TidyTables {

  private TidyTables() {}

  /** @return every table, in the order the dictionary lists them */
  public static ImmutableList<TidyTable> all() {
    return ImmutableList.of(new PeopleTable(), new OrganisationsTable(), new EnrolmentsTable(),
        new EventsTable(), new AttendanceTable(), new SurveysTable(),
        new SurveyResponsesTable(), new CommitmentsTable(), new CommitmentActionsTable(),
        new ActionStatusChangesTable(), new IndicatorsTable(), new IndicatorValuesTable());
  }

  static String code(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT);
  }
}
