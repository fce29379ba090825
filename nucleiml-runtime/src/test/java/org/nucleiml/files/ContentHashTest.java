package org.nucleiml.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Tests for {@link ContentHash} against the FIPS 180-2 SHA-256 test vectors. */
class ContentHashTest {

  @TempDir Path dir;

  @Test
  void testOfText_matchesTheFipsVectors() {
    assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", ContentHash.ofText(""));
    assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ContentHash.ofText("abc"));
    assertEquals("248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
        ContentHash.ofText("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq"));
  }

  @Test
  void testOfFile_streamsLargeFilesLikeTheBytes() throws Exception {
    // One million 'a' (FIPS 180-2 vector 3), larger than the 64 KiB read buffer.
    byte[] bytes = "a".repeat(1_000_000).getBytes(java.nio.charset.StandardCharsets.US_ASCII);
    Path file = Files.write(dir.resolve("a.bin"), bytes);
    assertEquals("cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0", ContentHash.of(file));
    assertEquals(ContentHash.of(bytes), ContentHash.of(file));
  }
}
