package org.civiclab.core.commitment;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apiguardian.api.API;
import org.civiclab.core.model.ActionId;
import org.civiclab.core.model.ActionStatus;
import org.civiclab.core.model.CommitmentId;
import org.civiclab.core.model.Finding;
import org.civiclab.core.model.FollowUpAction;
import org.civiclab.core.model.OutreachMeeting;

/** Ways into commitments from older parts of the model. Thread-safe; pure functions. */
@API(status = STABLE, since = "0.1.0")
public final class Commitments {
  private Commitments() {}

  /**
   * An outreach meeting's findings as commitments of kind {@link CommitmentKind#FINDING}, made
   * at the meeting on its day; each follow-up becomes an action owned by its partner
   * organisation with its due date, and a status other than open becomes one status change on
   * the meeting's day (the outreach model keeps no dates for it). Ids are
   * {@code <meeting>.<finding>} and {@code <finding>.<n>}.
   *
   * @param meeting the outreach meeting
   * @return one commitment per finding, in order
   */
  public static ImmutableList<Commitment> fromOutreach(OutreachMeeting meeting) {
    Map<String, Commitment.Builder> out = new LinkedHashMap<>();
    for (Finding f : meeting.findings()) {
      out.put(f.id().value(), Commitment.builder()
          .id(CommitmentId.of(clip(meeting.id().value() + "." + f.id().value())))
          .kind(CommitmentKind.FINDING).text(f.issue()).category(f.category())
          .madeAt(meeting.id()).madeOn(meeting.when().day()));
    }
    int n = 0;
    for (FollowUpAction a : meeting.followUps()) {
      Commitment.Builder b = out.get(a.finding().value());
      if (b == null) {
        continue;
      }
      Action.Builder ab = Action.builder().id(ActionId.of(clip(a.finding().value() + "." + ++n)))
          .what(a.action()).ownerOrganization(a.partner()).due(a.due());
      if (a.status() != ActionStatus.OPEN) {
        ab.addHistory(StatusChange.of(meeting.when().day(), a.status()));
      }
      b.addActions(ab.build());
    }
    return out.values().stream().map(Commitment.Builder::build)
        .collect(ImmutableList.toImmutableList());
  }

  private static String clip(String id) {
    return id.length() <= 128 ? id : id.substring(0, 128);
  }
}
