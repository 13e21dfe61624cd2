package org.convene.rules;

import static org.convene.rules.SmallEvents.in;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Two entries are the same place only if every field agrees: the place in line, the ticket, the
 * state, the request and the travel slot (what {@link Registrations#equals} compares).
 */
class EntryTest {
  private static final RegistrationRequest P = in("p", "FR");
  private static final Entry PLACE = new Entry(3, 5, P, Registration.State.REGISTERED, "member");

  @Test
  void anEntry_isTheSameAsAnEqualCopy() {
    assertTrue(PLACE.sameAs(new Entry(3, 5, in("p", "FR"), Registration.State.REGISTERED, "member")));
    assertTrue(new Entry(3, -1, P, Registration.State.WAITING, null).sameAs(new Entry(3, -1, P, Registration.State.WAITING, null)));
  }

  @Test
  void entriesDifferingInAnyOneField_areNotTheSame() {
    assertFalse(PLACE.sameAs(new Entry(4, 5, P, Registration.State.REGISTERED, "member")));
    assertFalse(PLACE.sameAs(new Entry(3, 6, P, Registration.State.REGISTERED, "member")));
    assertFalse(PLACE.sameAs(new Entry(3, 5, P, Registration.State.WAITING, "member")));
    assertFalse(PLACE.sameAs(new Entry(3, 5, in("p", "BE"), Registration.State.REGISTERED, "member")));
    assertFalse(PLACE.sameAs(new Entry(3, 5, P, Registration.State.REGISTERED, "expert")));
    assertFalse(PLACE.sameAs(new Entry(3, 5, P, Registration.State.REGISTERED, null)));
  }
}
