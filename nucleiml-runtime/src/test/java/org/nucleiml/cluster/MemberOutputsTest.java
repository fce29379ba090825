package org.nucleiml.cluster;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemberOutputsTest {

  @TempDir Path dir;

  private static Map<String, byte[]> files() {
    return Map.of("m.model.json", "{\"w\":[1.5]}\n".getBytes(StandardCharsets.UTF_8),
        "m.curve.csv", "epoch,loss\n1,0.5\n".getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void committedMember_isCompleteAndReadsBackItsBytes() throws Exception {
    MemberOutputs members = new MemberOutputs(dir);
    assertFalse(members.complete(0, "fp"));
    members.commit(0, "fp", files());
    assertTrue(members.complete(0, "fp"));
    Map<String, byte[]> read = members.read(0, "fp");
    assertEquals(files().keySet(), read.keySet());
    files().forEach((name, bytes) -> assertArrayEquals(bytes, read.get(name), name));
    assertEquals(dir.resolve("member-0"), members.directory(0));
  }

  @Test
  void memberOfAnotherConfiguration_isNotComplete() throws Exception {
    MemberOutputs members = new MemberOutputs(dir);
    members.commit(1, "fp-old", files());
    assertFalse(members.complete(1, "fp-new"));
    assertNull(members.read(1, "fp-new"));
  }

  @Test
  void alteredOrMissingFile_makesTheMemberIncomplete() throws Exception {
    MemberOutputs members = new MemberOutputs(dir);
    members.commit(2, "fp", files());
    Files.writeString(members.directory(2).resolve("m.curve.csv"), "epoch,loss\n1,0.4\n");
    assertFalse(members.complete(2, "fp"));
    members.commit(2, "fp", files());
    Files.delete(members.directory(2).resolve("m.model.json"));
    assertFalse(members.complete(2, "fp"));
  }

  @Test
  void filesWithoutMarker_asAfterAKilledTask_areNotComplete() throws Exception {
    MemberOutputs members = new MemberOutputs(dir);
    members.commit(3, "fp", files());
    Files.delete(members.directory(3).resolve(MemberOutputs.MARKER));
    assertFalse(members.complete(3, "fp"));
    // an unreadable marker (a file system that lost its end) is not complete either, and not an error
    Files.writeString(members.directory(3).resolve(MemberOutputs.MARKER), "{\"fingerprint\": \"fp\", \"fil");
    assertFalse(members.complete(3, "fp"));
  }
}
