package org.civiclab.bench.pictures;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
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
import org.civiclab.datasets.Column;
import org.civiclab.datasets.TidySource;
import org.civiclab.datasets.TidyTable;
import org.civiclab.datasets.TidyTables;
import org.jspecify.annotations.Nullable;

/**
 * The Parquet baseline: the same rows through parquet-java directly, one file per table, no
 * partitions, no pseudonymising, no projection.
 */
final class ParquetBaseline {

  private ParquetBaseline() {}

  /**
   * Writes every table.
   *
   * @param source the rows
   * @param folder where
   * @param split whether a program table gets one file per program and year (as the tidy
   *     export's partitions, but flat and with every column), to tell the cost of the files
   *     from the cost of the export's own code
   */
  static void write(TidySource source, Path folder, boolean split) throws IOException {
    Files.createDirectories(folder);
    for (TidyTable t : TidyTables.all()) {
      Types.MessageTypeBuilder b = Types.buildMessage();
      for (Column c : t.columns()) {
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
          case TIMESTAMP:
            b.optional(PrimitiveTypeName.INT64).as(LogicalTypeAnnotation.timestampType(
                c.type() == org.civiclab.datasets.ColumnType.TIMESTAMP,
                LogicalTypeAnnotation.TimeUnit.MICROS)).named(c.name());
            break;
          default:
            b.optional(PrimitiveTypeName.BINARY).as(LogicalTypeAnnotation.stringType())
                .named(c.name());
        }
      }
      MessageType schema = b.named(t.name());
      java.util.Map<String, ParquetWriter<@Nullable Object[]>> writers =
          new java.util.LinkedHashMap<>();
      try {
        t.rows(source, row -> {
          try {
            String key = split && t.partitioned() ? t.name() + "-" + row[0] + "-" + row[1]
                : t.name();
            ParquetWriter<@Nullable Object[]> w = writers.get(key);
            if (w == null) {
              Path file = folder.resolve(key + ".parquet");
              Files.deleteIfExists(file);
              w = new Builder(new LocalOutputFile(file), schema)
                  .withConf(new PlainParquetConfiguration())
                  .withCompressionCodec(CompressionCodecName.UNCOMPRESSED).build();
              writers.put(key, w);
            }
            w.write(row);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } finally {
        for (ParquetWriter<@Nullable Object[]> w : writers.values()) {
          w.close();
        }
      }
    }
  }

  private static final class Builder extends ParquetWriter.Builder<@Nullable Object[], Builder> {
    private final MessageType schema;

    Builder(OutputFile file, MessageType schema) {
      super(file);
      this.schema = schema;
    }

    @Override
    protected Builder self() {
      return this;
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(ParquetConfiguration conf) {
      return new Support(schema);
    }

    @Override
    protected WriteSupport<@Nullable Object[]> getWriteSupport(
        org.apache.hadoop.conf.Configuration conf) {
      return new Support(schema);
    }
  }

  private static final class Support extends WriteSupport<@Nullable Object[]> {
    private final MessageType schema;
    private @Nullable RecordConsumer out;

    Support(MessageType schema) {
      this.schema = schema;
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
      out = recordConsumer;
    }

    @Override
    public void write(@Nullable Object[] row) {
      RecordConsumer c = java.util.Objects.requireNonNull(out);
      c.startMessage();
      for (int i = 0; i < row.length; i++) {
        Object v = row[i];
        if (v == null) {
          continue;
        }
        String name = schema.getFieldName(i);
        c.startField(name, i);
        if (v instanceof Integer) {
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
          c.addLong(ChronoUnit.MICROS.between(Instant.EPOCH,
              ((LocalDateTime) v).toInstant(ZoneOffset.UTC)));
        } else if (v instanceof Instant) {
          c.addLong(ChronoUnit.MICROS.between(Instant.EPOCH, (Instant) v));
        } else {
          c.addBinary(Binary.fromString(v.toString()));
        }
        c.endField(name, i);
      }
      c.endMessage();
    }
  }
}
