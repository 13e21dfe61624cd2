package org.convene.constraints.internal;

import java.util.List;
import java.util.function.Consumer;

/**
 * An element of a list together with where it sits: the path of its list and its index there,
 * and its position in a walk over several lists.
 *
 * @param <T> the element type
 * @param item the element
 * @param list the path of the list that holds it, such as {@code tracks[1].sessions}
 * @param index its index in that list
 * @param order its position in the walk that found it
 */
record Placed<T>(T item, NodePath list, int index, int order) {

  /** The path of one of the element's properties, such as {@code tracks[1].sessions[3].end}. */
  NodePath at(String property) {
    return list.then(property, index);
  }

  /** The element's own path, such as {@code tracks[1].sessions[3]}, for messages. */
  String where() {
    return list + "[" + index + "]";
  }

  /** Adds the elements of a list, in order, continuing the walk's numbering. */
  static <T> void addAll(List<Placed<T>> into, List<? extends T> items, NodePath list) {
    for (int i = 0; i < items.size(); i++) {
      into.add(new Placed<>(items.get(i), list, i, into.size()));
    }
  }

  /** Visits each element of a list with its place. */
  static <T> void forEach(List<? extends T> items, NodePath list, Consumer<Placed<T>> visitor) {
    for (int i = 0; i < items.size(); i++) {
      visitor.accept(new Placed<>(items.get(i), list, i, i));
    }
  }
}
