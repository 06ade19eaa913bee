package org.civiclab.datasets;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/** Where one table's rows go; the row array is reused, so a sink copies what it keeps. */
abstract class RowSink implements Consumer<@Nullable Object[]>, AutoCloseable {

  abstract Path path();

  abstract void write(@Nullable Object[] row) throws IOException;

  @Override
  public final void accept(@Nullable Object[] row) {
    try {
      write(row);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public abstract void close() throws IOException;
}
