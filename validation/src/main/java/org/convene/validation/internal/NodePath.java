package org.convene.validation.internal;

import java.util.Arrays;

/**
 * A path below a bean as property names, each with the index it has in the list the previous
 * name denotes (or -1): {@code tracks[1].sessions[3].end} is
 * {@code ("tracks", -1), ("sessions", 1), ("end", 3)}. Immutable.
 */
final class NodePath {
  private final String[] names;
  private final int[] indexes;

  private NodePath(String[] names, int[] indexes) {
    this.names = names;
    this.indexes = indexes;
  }

  static NodePath of(String name) {
    return new NodePath(new String[] {name}, new int[] {-1});
  }

  /** Returns this path extended by a property. */
  NodePath then(String name) {
    return then(name, -1);
  }

  /** Returns this path extended by a property that sits at an index of this path's last list. */
  NodePath then(String name, int indexInPrevious) {
    String[] n = Arrays.copyOf(names, names.length + 1);
    int[] i = Arrays.copyOf(indexes, indexes.length + 1);
    n[names.length] = name;
    i[indexes.length] = indexInPrevious;
    return new NodePath(n, i);
  }

  int size() {
    return names.length;
  }

  String name(int i) {
    return names[i];
  }

  int index(int i) {
    return indexes[i];
  }

  /** The path as Jakarta Validation prints it, such as {@code tracks[1].sessions}. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < names.length; i++) {
      if (indexes[i] >= 0) {
        text.append('[').append(indexes[i]).append(']');
      }
      if (i > 0) {
        text.append('.');
      }
      text.append(names[i]);
    }
    return text.toString();
  }
}
