package org.convene.constraints.internal;

/**
 * A path below a bean as property names, each with the index it has in the list the previous
 * name denotes (or -1): {@code tracks[1].sessions[3].end} is
 * {@code ("tracks", -1), ("sessions", 1), ("end", 3)}.
 *
 * <p>Immutable and shared: extending a path links to it instead of copying, so the paths of an
 * agenda nested n levels deep cost O(n) in all, not O(n²).
 */
final class NodePath {
  private final NodePath parent;
  private final String name;
  private final int index;
  private final int size;

  private NodePath(NodePath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.size = parent == null ? 1 : parent.size + 1;
  }

  static NodePath of(String name) {
    return new NodePath(null, name, -1);
  }

  /** Returns this path extended by a property. */
  NodePath then(String property) {
    return then(property, -1);
  }

  /** Returns this path extended by a property that sits at an index of this path's last list. */
  NodePath then(String property, int indexInPrevious) {
    return new NodePath(this, property, indexInPrevious);
  }

  int size() {
    return size;
  }

  /** The nodes from the root, as parallel arrays of names and indexes. */
  void copyTo(String[] names, int[] indexes) {
    int i = size - 1;
    for (NodePath node = this; node != null; node = node.parent) {
      names[i] = node.name;
      indexes[i] = node.index;
      i--;
    }
  }

  /** The path as Jakarta Validation prints it, such as {@code tracks[1].sessions}. */
  @Override
  public String toString() {
    String[] names = new String[size];
    int[] indexes = new int[size];
    copyTo(names, indexes);
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < size; i++) {
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
