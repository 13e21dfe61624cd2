package org.convene.jdbc;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.convene.rules.Change;
import org.convene.rules.Decision;
import org.convene.rules.Operation;

/**
 * One row of the registration log: an operation a desk applied, under the request id the client
 * chose, with the decision it got and the changes it made. A retry of the same request id
 * returns the row of the first attempt.
 *
 * <p>For the seed event, Anna's registration is recorded as sequence 1 with request id {@code
 * "form-7f3a"}, a {@code REGISTER} operation and its {@code ACCEPTED} decision.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Recorded {
  private final String eventId;
  private final long sequence;
  private final String requestId;
  private final Operation operation;
  private final Decision decision;
  private final List<Change> changes;

  Recorded(String eventId, long sequence, String requestId, Operation operation, Decision decision, List<Change> changes) {
    this.eventId = Objects.requireNonNull(eventId, "eventId");
    this.sequence = sequence;
    this.requestId = Objects.requireNonNull(requestId, "requestId");
    this.operation = Objects.requireNonNull(operation, "operation");
    this.decision = decision;
    this.changes = List.copyOf(changes);
  }

  /**
   * Returns the id of the event whose log holds this row.
   *
   * @return the event id, not null
   */
  public String getEventId() {
    return eventId;
  }

  /**
   * Returns the row's position in the event's log: 1 for the first operation.
   *
   * @return the sequence, at least 1
   */
  public long getSequence() {
    return sequence;
  }

  /**
   * Returns the request id the client chose.
   *
   * @return the request id, not null
   */
  public String getRequestId() {
    return requestId;
  }

  /**
   * Returns the operation that was applied.
   *
   * @return the operation, not null
   */
  public Operation getOperation() {
    return operation;
  }

  /**
   * Returns the decision of an operation that decides (register, amend, substitute, promote).
   *
   * @return the decision, or empty for a cancellation or a new event version
   */
  public Optional<Decision> getDecision() {
    return Optional.ofNullable(decision);
  }

  /**
   * Returns the changes the operation made, in order.
   *
   * @return the changes, possibly empty (a rejected request changes nothing), not null
   */
  public List<Change> getChanges() {
    return changes;
  }

  /**
   * Tells whether another row is the same row: equal event, sequence, request id, operation,
   * decision and changes.
   *
   * @param other the object to compare with, possibly null
   * @return true if equal
   */
  @Override
  public boolean equals(Object other) {
    if (this == other) {
      return true;
    }
    if (!(other instanceof Recorded)) {
      return false;
    }
    Recorded that = (Recorded) other;
    return sequence == that.sequence && eventId.equals(that.eventId) && requestId.equals(that.requestId)
        && operation.equals(that.operation) && Objects.equals(decision, that.decision) && changes.equals(that.changes);
  }

  /**
   * Returns a hash code consistent with {@link #equals(Object)}.
   *
   * @return the hash code
   */
  @Override
  public int hashCode() {
    return Objects.hash(eventId, sequence, requestId, operation, decision, changes);
  }

  /**
   * Returns a short summary, such as {@code Recorded[oots-go-live-accelerator #1 form-7f3a
   * REGISTER ACCEPTED]}.
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "Recorded[" + eventId + " #" + sequence + " " + requestId + " " + operation.getKind()
        + (decision == null ? "" : " " + decision.getOutcome()) + "]";
  }
}
