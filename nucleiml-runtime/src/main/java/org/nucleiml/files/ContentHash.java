package org.nucleiml.files;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.ObjIntConsumer;

/** SHA-256 content hashes, in lower-case hex, for files, bytes and text. */
public final class ContentHash {

  private ContentHash() {}

  /** The SHA-256 of a file's bytes. */
  public static String of(Path file) throws IOException {
    return of(file, (block, length) -> { });
  }

  /**
   * The SHA-256 of a file's bytes, handing each block read to {@code alsoRead} as well (its first
   * {@code length} bytes), so that a caller can scan a large file in the same pass.
   */
  public static String of(Path file, ObjIntConsumer<byte[]> alsoRead) throws IOException {
    MessageDigest digest = sha256();
    try (InputStream in = Files.newInputStream(file)) {
      byte[] buffer = new byte[1 << 16];
      for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
        digest.update(buffer, 0, n);
        alsoRead.accept(buffer, n);
      }
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** The SHA-256 of bytes. */
  public static String of(byte[] bytes) {
    return HexFormat.of().formatHex(sha256().digest(bytes));
  }

  /** The SHA-256 of UTF-8 text. */
  public static String ofText(String text) {
    return of(text.getBytes(StandardCharsets.UTF_8));
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform must provide SHA-256", e);
    }
  }
}
