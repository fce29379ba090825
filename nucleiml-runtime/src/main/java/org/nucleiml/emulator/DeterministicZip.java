package org.nucleiml.emulator;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Zips named byte contents with entries in name order and one fixed local timestamp, so the same
 * contents give the same zip bytes on every machine and in every time zone.
 */
public final class DeterministicZip {

  private static final LocalDateTime FIXED_TIME = LocalDateTime.of(2000, 1, 1, 0, 0);

  private DeterministicZip() {}

  /** The zip of {@code files} (name to bytes), entries in name order with one fixed timestamp. */
  public static byte[] of(Map<String, byte[]> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, byte[]> e : new TreeMap<>(files).entrySet()) {
        ZipEntry entry = new ZipEntry(e.getKey());
        entry.setTimeLocal(FIXED_TIME);
        zip.putNextEntry(entry);
        zip.write(e.getValue());
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }

  /**
   * Reads every entry (checking each entry's CRC as it goes).
   *
   * @throws InvalidParameterException naming the zip when it is damaged or cut short
   */
  public static Map<String, byte[]> read(Path file) throws IOException {
    Map<String, byte[]> files = new TreeMap<>();
    // ZipFile reads the central directory at the end, so a zip cut short fails even where every entry
    // before the cut is intact; each entry's CRC is checked as it is read
    try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(file.toFile())) {
      for (ZipEntry e : java.util.Collections.list(zip.entries())) {
        if (!e.isDirectory()) {
          try (InputStream in = zip.getInputStream(e)) {
            files.put(Path.of(e.getName()).getFileName().toString(), in.readAllBytes());
          }
        }
      }
    } catch (java.util.zip.ZipException | java.io.EOFException e) {
      throw new org.nucleiml.InvalidParameterException("emulator zip " + file, "a damaged or truncated zip ("
          + e.getMessage() + ")", "the zip exactly as nml:train wrote it (download or copy it again)");
    }
    if (files.isEmpty()) {
      throw new org.nucleiml.InvalidParameterException("emulator zip " + file, "no entries",
          "a zip written by nml:train");
    }
    return files;
  }
}
