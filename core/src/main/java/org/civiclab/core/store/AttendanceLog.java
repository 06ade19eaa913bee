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
   * Appends the records the log does not hold yet, so that appending the same records twice
   * changes nothing (an import run again, or two imports of one file at the same time).
   *
   * <p>A record counts as held when an equal one (same program, event, person, status and
   * instant, see {@link Attendance#equals}) is in the log or earlier in {@code records}. The
   * check and the append are one atomic step of the store: two calls racing with overlapping
   * records append each record once between them. The appended records keep their order.
   * There is no default on top of {@link #forEvent} and {@link #appendAll}, because reading
   * first and appending afterwards lets a concurrent call slip in between.
   *
   * @param records the records, in order
   * @return how many were appended
   * @throws StoreException when the log cannot be read or written; nothing is appended
   */
  int appendNew(List<Attendance> records);

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
