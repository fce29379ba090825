package org.nucleiml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Tests for {@link Seeds}. */
class SeedsTest {

  @Test
  void testDerive_pinnedValueNeverChanges() {
    // Pinned (checked with an independent Python SplitMix64): changing the derivation would silently change every published study's samples.
    assertEquals(Seeds.derive(42L, 7L), Seeds.derive(42L, 7L));
    assertEquals(-4893543810735773810L, Seeds.derive(42L, 7L));
  }

  @Test
  void testDerive_distinctForNeighbouringIndicesAndPaths() {
    Set<Long> seen = new HashSet<>();
    for (long i = 0; i < 10_000; i++) {
      seen.add(Seeds.derive(1L, i));
    }
    assertEquals(10_000, seen.size());
    assertNotEquals(Seeds.derive(1L, 0L, 1L), Seeds.derive(1L, 1L, 0L));
  }
}
