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

  @Test
  void equalityAndHash_followTheAttributeAndTheValue() {
    PartitionValue be = PartitionValue.of(PartitionKey.DELEGATION, "BE");
    assertEquals(be, PartitionValue.of(PartitionKey.DELEGATION, "be"));
    assertEquals(be.hashCode(), PartitionValue.of(PartitionKey.DELEGATION, "be").hashCode());
    PartitionValue organisationBe = PartitionValue.of(PartitionKey.ORGANISATION, "be");
    assertNotEquals(PartitionValue.of(PartitionKey.ORGANISATION, "BE"), PartitionValue.of(PartitionKey.ROLE, "BE"));
    assertNotEquals(PartitionValue.of(PartitionKey.DELEGATION, "BE"), PartitionValue.of(PartitionKey.SECTOR, "BE"));
    assertNotEquals(PartitionValue.of(PartitionKey.DELEGATION, "BE").hashCode(),
        PartitionValue.of(PartitionKey.SECTOR, "BE").hashCode());
    assertNotEquals(be, PartitionValue.of(PartitionKey.DELEGATION, "FR"));
    assertNotEquals(be, PartitionValue.of(PartitionKey.DELEGATION, null));
    assertNotEquals(PartitionValue.of(PartitionKey.DELEGATION, null), be);
    assertEquals(PartitionValue.of(PartitionKey.DELEGATION, null), PartitionValue.of(PartitionKey.DELEGATION, " "));
    assertEquals(PartitionValue.of(PartitionKey.ROLE, null).hashCode(), PartitionValue.of(PartitionKey.ROLE, null).hashCode());
    assertNotEquals(PartitionValue.of(PartitionKey.ROLE, null).hashCode(), PartitionValue.of(PartitionKey.ROLE, "x").hashCode());
    assertNotEquals(be, (Object) "BE");
    assertNotEquals(organisationBe, null);
  }
}
