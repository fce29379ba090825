package org.nucleiml.data;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;

/** The text form of samples.csv: RFC 4180 with LF line ends, so files are identical on every OS. */
public final class SampleCsv {

  /** The format of every samples.csv and chunk file. */
  public static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").build();

  private SampleCsv() {}

  /** The header line. */
  public static String header() {
    return format(List.of(SampleColumns.HEADER));
  }

  /** Rows as CSV text (no header). */
  public static String rows(List<SampleRow> rows) {
    return format(rows.stream().map(SampleRow::cells).toList());
  }

  private static String format(List<List<String>> records) {
    StringWriter out = new StringWriter();
    try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
      for (List<String> r : records) {
        printer.printRecord(r);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Parses a samples.csv (with header) and checks the header is the expected one. */
  public static List<CSVRecord> read(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = FORMAT.builder().setHeader().setSkipHeaderRecord(true).build().parse(in)) {
      if (!parser.getHeaderNames().equals(SampleColumns.HEADER)) {
        throw new org.nucleiml.InvalidParameterException(file + " header", parser.getHeaderNames(),
            SampleColumns.HEADER.toString());
      }
      return parser.getRecords();
    }
  }

  /** Parses rows without header (a chunk file). */
  public static List<CSVRecord> readChunk(Path file) throws IOException {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
         CSVParser parser = FORMAT.parse(in)) {
      return parser.getRecords();
    }
  }
}
