package org.nucleiml.masses;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.files.ContentHash;

/**
 * Where a table comes from: the copy bundled with the runtime (resources next to the experimental
 * data, provenance in their PROVENANCE.md) or a file that overrides it.
 *
 * @param id the table's id in the configuration, e.g. {@code ame2020}
 * @param format how to read it
 * @param file the override, or null for the bundled copy
 */
public record TableSource(String id, TableFormat format, Path file) {

  private static final String RESOURCES = "/org/nucleiml/experiment/";

  /** The bundled ame2016, ame2020, ws4 and radii tables, each under its format's id. */
  public static final List<TableSource> BUNDLED = List.of(bundled(TableFormat.AME2016),
      bundled(TableFormat.AME2020), bundled(TableFormat.WS4), bundled(TableFormat.RADII));

  /** Checks the id. */
  public TableSource {
    if (id == null || !id.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
      throw new InvalidParameterException("tables.id", id, "a name of letters, digits, '.', '_' or '-'");
    }
    Objects.requireNonNull(format, "format");
  }

  /** The bundled copy of a format, under the format's id. */
  public static TableSource bundled(TableFormat format) {
    return new TableSource(format.id(), format, null);
  }

  /** Where the content comes from, for logs and error messages. */
  public String location() {
    return file == null ? "bundled " + format.bundledFile() : file.toString();
  }

  /** The raw bytes. */
  public byte[] bytes() throws IOException {
    if (file != null) {
      if (!Files.isRegularFile(file)) {
        throw new InvalidParameterException("tables[" + id + "].file", file, "an existing file");
      }
      return Files.readAllBytes(file);
    }
    try (InputStream in = TableSource.class.getResourceAsStream(RESOURCES + format.bundledFile())) {
      if (in == null) {
        throw new IOException("the runtime jar lacks its bundled table " + RESOURCES + format.bundledFile());
      }
      return in.readAllBytes();
    }
  }

  /**
   * The table's bytes and SHA-256; the table itself is parsed on first use, so that an up-to-date
   * check costs a hash, not a parse.
   */
  public LoadedTable load() throws IOException {
    byte[] bytes = bytes();
    return new LoadedTable(this, ContentHash.of(bytes), bytes);
  }

  /** A table's content, hashed, parsed on first use. */
  public static final class LoadedTable {
    private final TableSource source;
    private final String sha256;
    private byte[] bytes;
    private Object table;

    LoadedTable(TableSource source, String sha256, byte[] bytes) {
      this.source = source;
      this.sha256 = sha256;
      this.bytes = bytes;
    }

    /** Where it came from. */
    public TableSource source() {
      return source;
    }

    /** SHA-256 of the bytes read. */
    public String sha256() {
      return sha256;
    }

    /** The parsed table: a {@link MassTable}, a {@link Ws4Table} or a list of {@link ChargeRadius}. */
    public synchronized Object table() {
      if (table == null) {
        try {
          table = parse();
        } catch (IOException e) {
          throw new java.io.UncheckedIOException(e);
        }
        bytes = null;
      }
      return table;
    }

    private Object parse() throws IOException {
      String name = source.file() == null ? source.format().bundledFile() : source.file().toString();
      ByteArrayInputStream in = new ByteArrayInputStream(bytes);
      return switch (source.format()) {
        case AME2016 -> AmeReader.read(source.id(), AmeFormat.AME2016, name, in);
        case AME2020 -> AmeReader.read(source.id(), AmeFormat.AME2020, name, in);
        case WS4 -> Ws4Table.read(source.id(), name, in);
        case RADII -> ChargeRadii.read(name, in);
      };
    }

    /** The table as a mass evaluation. */
    public MassTable massTable(String parameter) {
      if (table() instanceof MassTable m) {
        return m;
      }
      throw new InvalidParameterException(parameter, source.id(),
          "the id of an ame2016 or ame2020 table (" + source.id() + " is " + source.format().id() + ")");
    }

    /** The table as WS4. */
    public Ws4Table ws4Table(String parameter) {
      if (table() instanceof Ws4Table w) {
        return w;
      }
      throw new InvalidParameterException(parameter, source.id(),
          "the id of a ws4 table (" + source.id() + " is " + source.format().id() + ")");
    }
  }
}
