package org.convene.rules;

import static org.convene.rules.SmallEvents.changes;
import static org.convene.rules.SmallEvents.event;
import static org.convene.rules.SmallEvents.in;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A desk installs each update it returns, on one thread as on many. */
class RegistrationDeskTest {
  @Test
  void register_installsTheNewSnapshot_andCancel_returnsWhatItInstalled() {
    RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event().build()));
    DecidedUpdate registered = desk.register(in("p", "FR"));
    assertSame(registered.getRegistrations(), desk.current());
    assertEquals(1, desk.current().getRegisteredCount());
    Update cancelled = desk.cancel("p");
    assertEquals(List.of("CANCELLED p"), changes(cancelled));
    assertSame(cancelled.getRegistrations(), desk.current());
    assertEquals(0, desk.current().getRegisteredCount());
  }
}
