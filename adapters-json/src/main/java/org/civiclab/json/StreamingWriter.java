package org.civiclab.json;

import static org.apiguardian.api.API.Status.STABLE;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.Closeable;
import java.io.IOException;
import org.apiguardian.api.API;

/**
 * Writes the elements of a large document one at a time, in constant memory: the records of
 * an attendance log or the people of a directory. Obtain one from
 * {@link CivicLabJson#attendanceWriter(java.io.OutputStream)} or
 * {@link CivicLabJson#directoryWriter(java.io.OutputStream, java.util.Collection)}.
 *
 * <p>{@link #close()} completes the document and flushes it; it does not close the
 * underlying stream. A document whose writer was not closed is incomplete and will not read.
 * Not thread-safe.
 *
 * @param <T> the element type
 */
@API(status = STABLE, since = "0.1.0")
public final class StreamingWriter<T> implements Closeable {
  private final JsonGenerator generator;
  private final ModelCodec.Write<T> write;
  private long count;
  private boolean closed;

  StreamingWriter(JsonGenerator generator, ModelCodec.Write<T> write) {
    this.generator = generator;
    this.write = write;
  }

  /**
   * Writes one element.
   *
   * @param element the element
   * @throws IOException when the stream fails
   * @throws IllegalStateException when the writer is closed
   */
  public void write(T element) throws IOException {
    if (closed) {
      throw new IllegalStateException("the writer is closed");
    }
    write.write(generator, element);
    count++;
  }

  /** @return how many elements were written so far */
  public long count() {
    return count;
  }

  /**
   * Completes the document and flushes it, leaving the underlying stream open.
   *
   * @throws IOException when the stream fails
   */
  @Override
  public void close() throws IOException {
    if (!closed) {
      closed = true;
      generator.writeEndArray();
      generator.writeEndObject();
      generator.close();
    }
  }
}
