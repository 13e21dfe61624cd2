package org.convene.rules;

import org.convene.rules.internal.PersistentVector;

/**
 * A first-come-first-served queue of entries: appended at the end, never removed from the middle.
 * An element that is no longer the live entry of its participant is skipped when read, and the
 * head moves past such elements at the front.
 */
final class Queue {
  static final Queue EMPTY = new Queue(PersistentVector.empty(), 0);

  final PersistentVector<Entry> items;
  final int head;

  Queue(PersistentVector<Entry> items, int head) {
    this.items = items;
    this.head = head;
  }

  Queue append(Entry entry) {
    return new Queue(items.append(entry), head);
  }

  Queue withHead(int newHead) {
    return newHead == head ? this : new Queue(items, newHead);
  }
}
