package org.civiclab.core.store;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.civiclab.core.StoreException;
import org.civiclab.core.model.Attendance;
import org.civiclab.core.model.EventId;
import org.civiclab.core.model.PersonId;

/**
 * An append-only log of attendance records. Records are never changed or removed; a
 * correction is a later record for the same event and person.
 *
 * <p>Implementations are safe for use by several threads and keep append order.
 */
@API(status = STABLE, since = "0.1.0")
public interface AttendanceLog {

  /**
   * Appends records, all or none, in the given order.
   *
   * @param records the records
   * @throws StoreException when the log cannot be written; nothing is appended
   */
  void appendAll(List<Attendance> records);

  /**
   * Appends one record.
   *
   * @param record the record
   * @throws StoreException when the log cannot be written
   */
  default void append(Attendance record) {
    appendAll(List.of(record));
  }

  /**
   * @param event an event
   * @return the event's records, in append order
   */
  ImmutableList<Attendance> forEvent(EventId event);

  /**
   * @param person a person
   * @return the person's records, in append order
   */
  ImmutableList<Attendance> forPerson(PersonId person);

  /**
   * Visits every record in append order without holding them all in memory.
   *
   * @param visitor called once per record
   */
  void forEach(Consumer<Attendance> visitor);

  /** @return how many records the log holds */
  long size();
}
