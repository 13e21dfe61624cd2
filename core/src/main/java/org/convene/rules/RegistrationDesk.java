package org.convene.rules;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.convene.Participant;
import org.convene.internal.Require;

/**
 * The current {@link Registrations} of one event, for a server that takes requests from many
 * threads at once.
 *
 * <p>Each operation reads the current snapshot, computes the new one without holding a lock, and
 * installs it with a compare-and-set; if another thread installed a snapshot in between, the
 * operation is evaluated again against that one. So a quota is never oversold: every decision
 * that is installed was taken against the snapshot it replaces. A request that changes nothing
 * (a rejection) installs nothing.
 *
 * <pre>{@code
 * RegistrationDesk desk = new RegistrationDesk(Registrations.empty(event));
 * Decision decision = desk.register(request).getDecision();
 * }</pre>
 *
 * <p>This class is thread-safe.
 */
public final class RegistrationDesk {
  private final AtomicReference<Registrations> current;

  /**
   * Creates a desk holding a snapshot.
   *
   * @param initial the first snapshot, such as {@link Registrations#empty(org.convene.Event)},
   *     not null
   * @throws org.convene.MissingValueException if the snapshot is null
   */
  public RegistrationDesk(Registrations initial) {
    this.current = new AtomicReference<>(Require.argument(initial, "RegistrationDesk", "new RegistrationDesk", "initial"));
  }

  /**
   * Returns the current snapshot.
   *
   * @return the snapshot, not null
   */
  public Registrations current() {
    return current.get();
  }

  /**
   * Registers a request against the current snapshot ({@link Registrations#register}).
   *
   * @param request the request, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not have
   */
  public DecidedUpdate register(RegistrationRequest request) {
    Require.argument(request, "RegistrationDesk", "register", "request");
    return apply(r -> r.register(request));
  }

  /**
   * Cancels a participant ({@link Registrations#cancel}).
   *
   * @param participantId the participant's id, not null
   * @return the update that was installed, not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public Update cancel(String participantId) {
    Require.argument(participantId, "RegistrationDesk", "cancel", "participantId");
    return apply(r -> r.cancel(participantId));
  }

  /**
   * Replaces a registered participant by a substitute ({@link Registrations#substitute}).
   *
   * @param participantId the registered participant's id, not null
   * @param substitute who takes the place, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if an argument is null
   * @throws NotRegisteredException if the participant is not registered
   */
  public DecidedUpdate substitute(String participantId, Participant substitute) {
    Require.argument(participantId, "RegistrationDesk", "substitute", "participantId");
    Require.argument(substitute, "RegistrationDesk", "substitute", "substitute");
    return apply(r -> r.substitute(participantId, substitute));
  }

  /**
   * Promotes a waiting participant if the rules now admit them ({@link Registrations#promote}).
   *
   * @param participantId the waiting participant's id, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the id is null
   * @throws NotRegisteredException if the participant is not waiting
   */
  public DecidedUpdate promote(String participantId) {
    Require.argument(participantId, "RegistrationDesk", "promote", "participantId");
    return apply(r -> r.promote(participantId));
  }

  /**
   * Changes a participant's request in one step ({@link Registrations#amend}).
   *
   * @param request the participant's new request, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the request is null
   * @throws InvalidRequestException if the request names a track or session the event does not have
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public DecidedUpdate amend(RegistrationRequest request) {
    Require.argument(request, "RegistrationDesk", "amend", "request");
    return apply(r -> r.amend(request));
  }

  /**
   * Moves the registrations to a new version of the event ({@link Registrations#withEvent}).
   * Concurrent operations never wait for it: like every operation it is computed without a lock
   * and installed by compare-and-set, computed again if another thread installed a snapshot
   * first. A version that only raises limits or moves the window costs about what a cancellation
   * does, so it is installed as readily as the others. Any other version places every
   * registration again (O(n log n): seconds at a million registrations), and under a
   * steady stream of concurrent updates it may be computed several times before it is
   * installed; it delays nobody else, but it is not guaranteed to be installed soon.
   *
   * @param event the new version of the event, not null
   * @return the update that was installed, not null
   * @throws org.convene.MissingValueException if the event is null
   * @throws InvalidRequestException if the event has another id
   */
  public Update withEvent(org.convene.Event event) {
    Require.argument(event, "RegistrationDesk", "withEvent", "event");
    return apply(r -> r.withEvent(event));
  }

  /**
   * Applies an operation ({@link Registrations#apply}), such as one read back from another
   * server's log.
   *
   * @param operation the operation, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws org.convene.MissingValueException if the operation is null
   * @throws InvalidRequestException if its request names a track or session the event does not have
   * @throws NotRegisteredException if the participant it names is not in the state it needs
   */
  public Update apply(Operation operation) {
    Require.argument(operation, "RegistrationDesk", "apply", "operation");
    return apply(r -> r.apply(operation));
  }

  private <U extends Update> U apply(Function<Registrations, U> operation) {
    while (true) {
      Registrations before = current.get();
      U update = operation.apply(before);
      Registrations after = update.getRegistrations();
      if (after == before || current.compareAndSet(before, after)) {
        return update;
      }
    }
  }
}
