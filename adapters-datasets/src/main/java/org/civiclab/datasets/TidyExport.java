package org.civiclab.datasets;

import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.CanIgnoreReturnValue;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Writes the tidy tables of a {@link TidySource} as CSV, JSON Lines or Parquet, with a data
 * dictionary ({@code data-dictionary.csv}: table, column, type, sensitivity, description).
 *
 * <p>Layout: CSV and JSON Lines are one file per table ({@code people.csv}); Parquet is a folder
 * per table, partitioned Hive-style for program tables
 * ({@code events/program_id=segrid/year=2024/part-0.parquet}, the partition columns kept in
 * the path only, as Spark and DuckDB's {@code hive_partitioning} expect) and one file for the
 * others ({@code people/part-0.parquet}).
 *
 * <p>Pseudonymising replaces every person id by a stable salted hash (the first 16 bytes of
 * SHA-256 over salt and id, in hex: the same person gets the same pseudonym in every table and
 * every export with the same salt) and drops the columns that identify people directly (names,
 * e-mails). Dropping special categories removes the columns marked
 * {@link Sensitivity#SPECIAL_CATEGORY}. Immutable; built with {@link #builder}.
 *
 * {@snippet :
 * TidySource source = TidySource.of(programs, directory, attendance);
 * List<Path> files = TidyExport.builder(TidyExport.Format.PARQUET)
 *     .pseudonymise("a secret salt")                   // stable pseudonyms, no names
 *     .dropSpecialCategories()
 *     .build()
 *     .write(source, Path.of("dataset"));              // one folder per table, Hive-style
 * }
 */
@API(status = STABLE, since = "0.1.0")
public final class TidyExport {

  /** The file formats. */
  @API(status = STABLE, since = "0.1.0")
  public enum Format {
    /** RFC 4180 CSV, UTF-8, a header row; empty cell for an unknown value. */
    CSV,
    /** One JSON object per line; null for an unknown value; dates and times as ISO text. */
    JSONL,
    /** Apache Parquet, uncompressed, typed (DATE, TIMESTAMP), partitioned. */
    PARQUET
  }

  private final Format format;
  private final Optional<String> salt;
  private final boolean dropSpecial;
  private final ImmutableList<TidyTable> tables;

  private TidyExport(Builder b) {
    this.format = b.format;
    this.salt = b.salt;
    this.dropSpecial = b.dropSpecial;
    this.tables = ImmutableList.copyOf(b.tables);
  }

  /**
   * A builder for a format.
   *
   * @param format the format
   * @return the builder
   */
  public static Builder builder(Format format) {
    return new Builder(format);
  }

  /**
   * The columns a table has in this export, after the options.
   *
   * @param table a table
   * @return its columns as written
   */
  public ImmutableList<Column> columns(TidyTable table) {
    ImmutableList.Builder<Column> out = ImmutableList.builder();
    for (Column c : table.columns()) {
      if (kept(c)) {
        out.add(c);
      }
    }
    return out.build();
  }

  /**
   * Writes every table and the data dictionary into a folder.
   *
   * @param source the data
   * @param folder the folder, made when missing
   * @return the files and folders written, the dictionary first
   * @throws UncheckedIOException when writing fails
   */
  public List<Path> write(TidySource source, Path folder) {
    List<Path> out = new ArrayList<>();
    try {
      Files.createDirectories(folder);
      out.add(dictionary(folder));
      for (TidyTable t : tables) {
        out.add(write(t, source, folder));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  private Path write(TidyTable table, TidySource source, Path folder) throws IOException {
    ImmutableList<Column> all = table.columns();
    ImmutableList<Column> kept = columns(table);
    int[] index = new int[kept.size()];
    boolean[] hash = new boolean[kept.size()];
    for (int i = 0, j = 0; i < all.size(); i++) {
      if (kept(all.get(i))) {
        index[j] = i;
        hash[j] = salt.isPresent() && all.get(i).sensitivity() == Sensitivity.PERSON_ID;
        j++;
      }
    }
    try (RowSink sink = sink(table, kept, folder)) {
      @Nullable Object[] projected = new @Nullable Object[kept.size()];
      table.rows(source, row -> {
        for (int j = 0; j < index.length; j++) {
          Object v = row[index[j]];
          projected[j] = hash[j] && v != null ? pseudonym(v.toString()) : v;
        }
        sink.accept(projected);
      });
      return sink.path();
    }
  }

  private RowSink sink(TidyTable table, ImmutableList<Column> columns, Path folder)
      throws IOException {
    switch (format) {
      case CSV:
        return new CsvSink(folder.resolve(table.name() + ".csv"), columns);
      case JSONL:
        return new JsonlSink(folder.resolve(table.name() + ".jsonl"), columns);
      default:
        return new ParquetSink(folder.resolve(table.name()), table.name(), columns,
            table.partitioned());
    }
  }

  private boolean kept(Column c) {
    return !(salt.isPresent() && c.sensitivity() == Sensitivity.IDENTIFYING)
        && !(dropSpecial && c.sensitivity() == Sensitivity.SPECIAL_CATEGORY);
  }

  private String pseudonym(String id) {
    try {
      MessageDigest d = MessageDigest.getInstance("SHA-256");
      d.update(salt.orElse("").getBytes(StandardCharsets.UTF_8));
      d.update((byte) 0);
      byte[] h = d.digest(id.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(h, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  private Path dictionary(Path folder) throws IOException {
    Path file = folder.resolve("data-dictionary.csv");
    try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        CsvSink.Cells c = new CsvSink.Cells(w)) {
      c.row("table", "column", "type", "sensitivity", "description");
      for (TidyTable t : tables) {
        c.row(t.name(), "", "", "", t.description());
        for (Column col : columns(t)) {
          c.row(t.name(), col.name(), TidyTables.code(col.type()),
              TidyTables.code(col.sensitivity()), col.description()
                  + (salt.isPresent() && col.sensitivity() == Sensitivity.PERSON_ID
                      ? " Pseudonymised: a salted SHA-256 hash." : ""));
        }
      }
    }
    return file;
  }

  /** Collects the options. Not thread-safe. */
  @API(status = STABLE, since = "0.1.0")
  public static final class Builder {
    private final Format format;
    private Optional<String> salt = Optional.empty();
    private boolean dropSpecial;
    private List<TidyTable> tables = new ArrayList<>(TidyTables.all());

    Builder(Format format) {
      this.format = format;
    }

    /**
     * Pseudonymise: person ids hashed with this salt, names and e-mails dropped.
     *
     * @param salt a secret kept by the data owner; the same salt gives the same pseudonyms
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder pseudonymise(String salt) {
      this.salt = Optional.of(salt);
      return this;
    }

    /**
     * Drop the special-category columns.
     *
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder dropSpecialCategories() {
      this.dropSpecial = true;
      return this;
    }

    /**
     * Write these tables instead of {@link TidyTables#all()}.
     *
     * @param tables the tables
     * @return this builder
     */
    @CanIgnoreReturnValue
    public Builder tables(List<TidyTable> tables) {
      this.tables = new ArrayList<>(tables);
      return this;
    }

    /** @return the export */
    public TidyExport build() {
      return new TidyExport(this);
    }
  }
}
