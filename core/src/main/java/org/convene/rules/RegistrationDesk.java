package org.convene.rules;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.convene.Participant;

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
   * @throws InvalidRequestException if the snapshot is null
   */
  public RegistrationDesk(Registrations initial) {
    this.current = new AtomicReference<>(Checks.argument(initial, "RegistrationDesk", "initial"));
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
   * @throws InvalidRequestException if the request is null or invalid
   */
  public DecidedUpdate register(RegistrationRequest request) {
    Checks.argument(request, "RegistrationDesk.register", "request");
    return apply(r -> r.register(request));
  }

  /**
   * Cancels a participant ({@link Registrations#cancel}).
   *
   * @param participantId the participant's id, not null
   * @return the update that was installed, not null
   * @throws InvalidRequestException if the id is null
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public Update cancel(String participantId) {
    Checks.argument(participantId, "RegistrationDesk.cancel", "participantId");
    return apply(r -> r.cancel(participantId));
  }

  /**
   * Replaces a registered participant by a substitute ({@link Registrations#substitute}).
   *
   * @param participantId the registered participant's id, not null
   * @param substitute who takes the place, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws InvalidRequestException if an argument is null
   * @throws NotRegisteredException if the participant is not registered
   */
  public DecidedUpdate substitute(String participantId, Participant substitute) {
    Checks.argument(participantId, "RegistrationDesk.substitute", "participantId");
    Checks.argument(substitute, "RegistrationDesk.substitute", "substitute");
    return apply(r -> r.substitute(participantId, substitute));
  }

  /**
   * Promotes a waiting participant if the rules now admit them ({@link Registrations#promote}).
   *
   * @param participantId the waiting participant's id, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws InvalidRequestException if the id is null
   * @throws NotRegisteredException if the participant is not waiting
   */
  public DecidedUpdate promote(String participantId) {
    Checks.argument(participantId, "RegistrationDesk.promote", "participantId");
    return apply(r -> r.promote(participantId));
  }

  /**
   * Changes a participant's request in one step ({@link Registrations#amend}).
   *
   * @param request the participant's new request, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws InvalidRequestException if the request is null or invalid
   * @throws NotRegisteredException if the participant is neither registered nor waiting
   */
  public DecidedUpdate amend(RegistrationRequest request) {
    Checks.argument(request, "RegistrationDesk.amend", "request");
    return apply(r -> r.amend(request));
  }

  /**
   * Moves the registrations to a new version of the event ({@link Registrations#withEvent}).
   * Unlike the other operations it reads every registration, so under heavy concurrent load it
   * may be evaluated more than once before it is installed.
   *
   * @param event the new version of the event, not null
   * @return the update that was installed, not null
   * @throws InvalidRequestException if the event is null or has another id
   */
  public Update withEvent(org.convene.Event event) {
    Checks.argument(event, "RegistrationDesk.withEvent", "event");
    return apply(r -> r.withEvent(event));
  }

  /**
   * Applies an operation ({@link Registrations#apply}), such as one read back from another
   * server's log.
   *
   * @param operation the operation, not null
   * @return the update that was installed (or that changed nothing), not null
   * @throws InvalidRequestException if the operation is null or invalid
   * @throws NotRegisteredException if the participant it names is not in the state it needs
   */
  public Update apply(Operation operation) {
    Checks.argument(operation, "RegistrationDesk.apply", "operation");
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
