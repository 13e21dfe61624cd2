package org.convene.rules.internal;

/**
 * A persistent append-only vector (a 32-way trie with a tail, as in Clojure): {@link #append}
 * returns a new vector that shares every full leaf with this one, so an append costs O(1)
 * amortised time and a lookup O(log32 n), and each element costs about 4.5 bytes. Not API.
 *
 * @param <E> the element type
 */
public final class PersistentVector<E> {
  private static final Object[] EMPTY_NODE = new Object[32];
  private static final PersistentVector<?> EMPTY =
      new PersistentVector<>(0, 5, EMPTY_NODE, new Object[0]);

  private final int size;
  private final int shift;
  private final Object[] root;
  private final Object[] tail;

  private PersistentVector(int size, int shift, Object[] root, Object[] tail) {
    this.size = size;
    this.shift = shift;
    this.root = root;
    this.tail = tail;
  }

  /**
   * Returns the empty vector.
   *
   * @param <E> the element type
   * @return the empty vector
   */
  @SuppressWarnings("unchecked")
  public static <E> PersistentVector<E> empty() {
    return (PersistentVector<E>) EMPTY;
  }

  /**
   * Returns the number of elements.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns an element.
   *
   * @param i the index, from 0 to size() - 1
   * @return the element
   */
  @SuppressWarnings("unchecked")
  public E get(int i) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    if (i >= tailOffset()) {
      return (E) tail[i & 31];
    }
    Object[] node = root;
    for (int level = shift; level > 0; level -= 5) {
      node = (Object[]) node[(i >>> level) & 31];
    }
    return (E) node[i & 31];
  }

  /**
   * Returns this vector with one more element at the end.
   *
   * @param element the element
   * @return the new vector
   */
  public PersistentVector<E> append(E element) {
    if (size - tailOffset() < 32) {
      Object[] newTail = new Object[tail.length + 1];
      System.arraycopy(tail, 0, newTail, 0, tail.length);
      newTail[tail.length] = element;
      return new PersistentVector<>(size + 1, shift, root, newTail);
    }
    Object[] newRoot;
    int newShift = shift;
    if ((size >>> 5) > (1 << shift)) {
      newRoot = new Object[32];
      newRoot[0] = root;
      newRoot[1] = newPath(shift, tail);
      newShift += 5;
    } else {
      newRoot = pushTail(shift, root, tail);
    }
    return new PersistentVector<>(size + 1, newShift, newRoot, new Object[] {element});
  }

  /**
   * Returns this vector with one element replaced.
   *
   * @param i the index, from 0 to size() - 1
   * @param element the new element
   * @return the new vector, which shares all but one path with this one
   */
  public PersistentVector<E> with(int i, E element) {
    if (i < 0 || i >= size) {
      throw new IndexOutOfBoundsException(i);
    }
    if (i >= tailOffset()) {
      Object[] newTail = tail.clone();
      newTail[i & 31] = element;
      return new PersistentVector<>(size, shift, root, newTail);
    }
    return new PersistentVector<>(size, shift, with(shift, root, i, element), tail);
  }

  private static Object[] with(int level, Object[] node, int i, Object element) {
    Object[] result = node.clone();
    if (level == 0) {
      result[i & 31] = element;
    } else {
      int sub = (i >>> level) & 31;
      result[sub] = with(level - 5, (Object[]) node[sub], i, element);
    }
    return result;
  }

  private int tailOffset() {
    return size < 32 ? 0 : ((size - 1) >>> 5) << 5;
  }

  private Object[] pushTail(int level, Object[] parent, Object[] tailNode) {
    int subIndex = ((size - 1) >>> level) & 31;
    Object[] result = parent.clone();
    Object[] toInsert;
    if (level == 5) {
      toInsert = tailNode;
    } else {
      Object[] child = (Object[]) parent[subIndex];
      toInsert = child != null ? pushTail(level - 5, child, tailNode) : newPath(level - 5, tailNode);
    }
    result[subIndex] = toInsert;
    return result;
  }

  private static Object[] newPath(int level, Object[] node) {
    if (level == 0) {
      return node;
    }
    Object[] result = new Object[32];
    result[0] = newPath(level - 5, node);
    return result;
  }
}
