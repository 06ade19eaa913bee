package org.civiclab.datasets;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.parquet.conf.ParquetConfiguration;
import org.apache.parquet.conf.PlainParquetConfiguration;
import org.apache.parquet.hadoop.ParquetWriter;
import org.apache.parquet.hadoop.api.WriteSupport;
import org.apache.parquet.hadoop.metadata.CompressionCodecName;
import org.apache.parquet.io.LocalOutputFile;
import org.apache.parquet.io.OutputFile;
import org.apache.parquet.io.api.Binary;
import org.apache.parquet.io.api.RecordConsumer;
import org.apache.parquet.schema.LogicalTypeAnnotation;
import org.apache.parquet.schema.MessageType;
import org.apache.parquet.schema.PrimitiveType.PrimitiveTypeName;
import org.apache.parquet.schema.Types;
import org.jspecify.annotations.Nullable;

/**
 * Parquet through parquet-java without Hadoop: {@link LocalOutputFile}, a
 * {@link PlainParquetConfiguration} and a write support of our own over row arrays.
 * Uncompressed: parquet-java's codecs implement Hadoop's codec interfaces and would bring
 * Hadoop back. A partitioned table keeps one writer open per program and year.
 */
final class ParquetSink extends RowSink {
  private final Path folder;
  private final List<Column> columns;
  private final boolean partitioned;
  private final int first;
  private final MessageType schema;
  private final Map<String, ParquetWriter<@Nullable Object[]>> writers = new LinkedHashMap<>();
  /** The writer of the previous row: rows come grouped by program, so most rows reuse it. */
  private @Nullable ParquetWriter<@Nullable Object[]> last;
  private @Nullable Object lastProgram;
  private @Nullable Object lastYear;

  ParquetSink(Path folder, String name, List<Column> columns, boolean partitioned)
      throws IOException {
    this.folder = folder;
    this.columns = columns;
    this.partitioned = partitioned;
    this.first = partitioned ? 2 : 0;
    Types.MessageTypeBuilder b = Types.buildMessage();
    for (int i = first; i < columns.size(); i++) {
      Column c = columns.get(i);
      switch (c.type()) {
        case INT:
          b.optional(PrimitiveTypeName.INT32).named(c.name());
          break;
        case LONG:
          b.optional(PrimitiveTypeName.INT64).named(c.name());
          break;
        case DOUBLE:
          b.optional(PrimitiveTypeName.DOUBLE).named(c.name());
          break;
        case BOOLEAN:
          b.optional(PrimitiveTypeName.BOOLEAN).named(c.name());
          break;
        case DATE:
          b.optional(PrimitiveTypeName.INT32).as(LogicalTypeAnnotation.dateType())
              .named(c.name());
          break;
        case LOCAL_TIMESTAMP:
          b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(false,
              LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
          break;
        case TIMESTAMP:
          b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(true,
              LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
          break;
        default:
          b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
              .named(c.name());
      }
    }
    this.schema = b.named(name);
    deleteTree(folder);
    Files.createDirectories(folder);
  }

  @Override
  Path path() {
    return folder;
  }

  @Override
  void write(@Nullable Object[] row) throws IOException {
    ParquetWriter<@Nullable Object[]> w = last;
    if (w != null && (!partitioned || java.util.Objects.equals(row[0], lastProgram)
        && java.util.Objects.equals(row[1], lastYear))) {
      w.write(row);
      return;
    }
    String key = partitioned ? "program_id=" + escape(String.valueOf(row[0])) + "/year="
        + row[1] : "";
    w = writers.get(key);
    if (w == null) {
      Path dir = key.isEmpty() ? folder : folder.resolve(key);
      Files.createDirectories(dir);
      w = new Builder(new LocalOutputFile(dir.resolve("part-0.parquet")), schema, first)
          .withConf(new PlainParquetConfiguration())
          .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build();
      writers.put(key, w);
    }
    last = w;
    lastProgram = row[0];
    lastYear = partitioned ? row[1] : null;
    w.write(row);
  }

  @Override
  public void close() throws IOException {
    IOException failed = null;
    for (ParquetWriter<@Nullable Object[]> w : writers.values()) {
      try {
        w.close();
      } catch (IOException e) {
        failed = e;
      }
    }
    if (writers.isEmpty()) {
      // an empty table still gets a file, so that readers see its schema
      new Builder(new LocalOutputFile(folder.resolve("part-0.parquet")), schema, first)
          .withConf(new PlainParquetConfiguration())
          .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build().close();
    }
    if (failed != null) {
      throw failed;
    }
  }

  /** Hive-style partition value: anything but letters, digits, '.', '_' and '-' as %XX. */
  static String escape(String value) {
    StringBuilder b = new StringBuilder();
    for (byte x : value.getBytes(StandardCharsets.UTF_8)) {
      char c = (char) (x & 0xff);
      if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '.' || c == '_' || c == '-')) {
        b.append(c);
      } else {
        b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", x & 0xff));
      }
    }
    return b.toString();
  }

  private static void deleteTree(Path p) throws IOException {
    if (Files.isDirectory(p)) {
      try (var s = Files.walk(p)) {
        for (Path x : (Iterable<Path>) s.sorted(java.util.Comparator.reverseOrder())::iterator) {
          Files.delete(x);
        }
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<@Nullable Object[], Builder> {
    private final MessageType schema;
    private final int first;

    Builder(OutputFile file, MessageType schema, int first) {
      super(file);
      this.schema = schema;
      this.first = first;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new RowWriteSupport(schema, first);
    }

    @Override
    @SuppressWarnings("deprecation")
    protected WriteSupport<@Nullable Object[]> getWriteSupport(
        org.apache.hadoop.conf.Configuration conf) {
      return new RowWriteSupport(schema, first);
    }
  }

  private static final class RowWriteSupport extends WriteSupport<@Nullable Object[]> {
    private final MessageType schema;
    private final int first;
    private @Nullable RecordConsumer out;

    RowWriteSupport(MessageType schema, int first) {
      this.schema = schema;
      this.first = first;
    }

    @Override
    public WriteContext init(ParquetConfiguration conf) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public WriteContext init(org.apache.hadoop.conf.Configuration conf) {
      return new WriteContext(schema, Map.of());
    }

    @Override
    public void prepareForWrite(RecordConsumer recordConsumer) {
      this.out = recordConsumer;
    }

    @Override
    public void write(@Nullable Object[] row) {
      RecordConsumer c = java.util.Objects.requireNonNull(out, "prepareForWrite first");
      c.startMessage();
      for (int i = first; i < row.length; i++) {
        Object v = row[i];
        if (v == null) {
          continue;
        }
        int field = i - first;
        String name = schema.getFieldName(field);
        c.startField(name, field);
        if (v instanceof String) {
          c.addBinary(Binary.fromString((String) v));
        } else if (v instanceof Integer) {
          c.addInteger((Integer) v);
        } else if (v instanceof Long) {
          c.addLong((Long) v);
        } else if (v instanceof Double) {
          c.addDouble((Double) v);
        } else if (v instanceof Boolean) {
          c.addBoolean((Boolean) v);
        } else if (v instanceof LocalDate) {
          c.addInteger((int) ((LocalDate) v).toEpochDay());
        } else if (v instanceof LocalDateTime) {
          c.addLong(micros(((LocalDateTime) v).toInstant(ZoneOffset.UTC)));
        } else if (v instanceof Instant) {
          c.addLong(micros((Instant) v));
        } else {
          c.addBinary(Binary.fromString(v.toString()));
        }
        c.endField(name, field);
      }
      c.endMessage();
    }

    private static long micros(Instant i) {
      return ChronoUnit.MICROS.between(Instant.EPOCH, i);
    }
  }
}
