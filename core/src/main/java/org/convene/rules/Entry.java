package org.convene.rules;

/**
 * One participant's place in a snapshot. Immutable: a change of state or travel slot makes a new
 * entry, which is how the lazily cleaned queues tell a stale element from a live one (by
 * identity).
 */
final class Entry {
  final long seq;
  final RegistrationRequest request;
  final Registration.State state;
  /** The travel slot category held, or null. */
  final String travel;

  Entry(long seq, RegistrationRequest request, Registration.State state, String travel) {
    this.seq = seq;
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
}
