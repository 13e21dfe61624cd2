package org.convene.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.convene.PartitionKey;
import org.junit.jupiter.api.Test;

/** Partition values compare in one canonical form, and an absent value is its own partition. */
class PartitionValueTest {

  @Test
  void delegationsAreUpperCaseAndStripped() {
    assertEquals("FR", PartitionValue.of(PartitionKey.DELEGATION, " fr\t").value());
    assertEquals(PartitionValue.of(PartitionKey.DELEGATION, "FR"), PartitionValue.of(PartitionKey.DELEGATION, "Fr"));
  }

  @Test
  void organisationsAndRolesAreLowerCaseWithOneSpaceBetweenWords() {
    assertEquals("acme corp", PartitionValue.of(PartitionKey.ORGANISATION, "  ACME \t\n Corp ").value());
    assertEquals("national coordinator", PartitionValue.of(PartitionKey.ROLE, "National  Coordinator").value());
    assertEquals("ministère", PartitionValue.of(PartitionKey.ORGANISATION, "MINISTÈRE").value());
  }

  @Test
  void anAlreadyCanonicalValueIsKeptAsItIs() {
    String raw = "acme corp";
    assertSame(raw, PartitionValue.of(PartitionKey.ORGANISATION, raw).value());
  }

  @Test
  void blankIsAbsent_andAbsentIsNoPresentValue() {
    assertNull(PartitionValue.of(PartitionKey.ORGANISATION, "   ").value());
    assertNotEquals(PartitionValue.of(PartitionKey.ORGANISATION, null), PartitionValue.of(PartitionKey.ORGANISATION, "(none)"));
    assertEquals("organisation (none)", PartitionValue.of(PartitionKey.ORGANISATION, null).label());
  }
}
