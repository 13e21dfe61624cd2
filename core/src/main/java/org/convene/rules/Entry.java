package org.convene.rules;

/**
 * One live participant's place in a snapshot: registered or waiting. Immutable: a change of state
 * or travel slot makes a new entry.
 */
final class Entry {
  /** When the request was made, among this snapshot's requests: the waiting list's order. */
  final long seq;
  /** When the request was accepted: the order of the travel slot queues; -1 while waiting. */
  final long ticket;
  final RegistrationRequest request;
  final Registration.State state;
  /** The travel slot category held, or null. */
  final String travel;

  Entry(long seq, long ticket, RegistrationRequest request, Registration.State state, String travel) {
    this.seq = seq;
    this.ticket = ticket;
    this.request = request;
    this.state = state;
    this.travel = travel;
  }

  String id() {
    return request.getParticipant().getId();
  }

  Registration view() {
    return new Registration.Builder().request(request).state(state).travelSlot(travel).build();
  }

  boolean sameAs(Entry other) {
    return seq == other.seq && ticket == other.ticket && state == other.state
        && request.equals(other.request) && java.util.Objects.equals(travel, other.travel);
  }
}
