package org.convene.rules.internal;

import java.util.function.Consumer;
import java.util.function.ToLongFunction;

/**
 * A persistent set of elements ordered by a distinct {@code long} key each element carries (a
 * treap): {@link #add}, {@link #remove} and {@link #higher} cost O(log n) and share all but one
 * path with the previous version. Unlike an append-only vector with a moving head, a removed
 * element is gone, so the set holds only what is in it. Not API.
 *
 * <p>Node priorities are a hash of the key, so the same elements always make the same tree.
 *
 * @param <E> the element type
 */
public final class PersistentQueue<E> {
  private final ToLongFunction<? super E> key;
  private final Node<E> root;
  private final int size;

  private PersistentQueue(ToLongFunction<? super E> key, Node<E> root, int size) {
    this.key = key;
    this.root = root;
    this.size = size;
  }

  /**
   * Returns the empty set ordered by a key.
   *
   * @param key the key of an element, distinct among the elements of one set
   * @param <E> the element type
   * @return the empty set
   */
  public static <E> PersistentQueue<E> empty(ToLongFunction<? super E> key) {
    return new PersistentQueue<>(key, null, 0);
  }

  /**
   * Returns the set of elements given in increasing key order, built in O(n) rather than by n
   * additions: the same tree the additions would make.
   *
   * @param key the key of an element
   * @param sorted the elements, their keys strictly increasing
   * @param <E> the element type
   * @return the set
   * @throws IllegalArgumentException if a key is not greater than the one before it
   */
  public static <E> PersistentQueue<E> ofSorted(ToLongFunction<? super E> key, java.util.List<E> sorted) {
    int n = sorted.size();
    if (n == 0) {
      return empty(key);
    }
    // a Cartesian tree on (key, priority), built with a stack: the heap order of the additions
    int[] left = new int[n];
    int[] right = new int[n];
    int[] priorities = new int[n];
    int[] stack = new int[n];
    int top = -1;
    long previous = 0;
    for (int i = 0; i < n; i++) {
      long k = key.applyAsLong(sorted.get(i));
      if (i > 0 && k <= previous) {
        throw new IllegalArgumentException("the key of element " + i + ", " + k + ", is not greater than the one before, "
            + previous);
      }
      previous = k;
      priorities[i] = priority(k);
      left[i] = -1;
      right[i] = -1;
      int last = -1;
      while (top >= 0 && priorities[stack[top]] < priorities[i]) {
        last = stack[top--];
      }
      left[i] = last;
      if (top >= 0) {
        right[stack[top]] = i;
      }
      stack[++top] = i;
    }
    return new PersistentQueue<>(key, build(sorted, left, right, stack[0]), n);
  }

  private static <E> Node<E> build(java.util.List<E> sorted, int[] left, int[] right, int i) {
    return new Node<>(sorted.get(i), left[i] < 0 ? null : build(sorted, left, right, left[i]),
        right[i] < 0 ? null : build(sorted, left, right, right[i]));
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
   * Tells whether the set is empty.
   *
   * @return true if empty
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns this set with an element added, or replacing the element of the same key.
   *
   * @param element the element, not null
   * @return the new set
   */
  public PersistentQueue<E> add(E element) {
    long k = key.applyAsLong(element);
    boolean present = find(k) != null;
    return new PersistentQueue<>(key, insert(root, element, k), present ? size : size + 1);
  }

  /**
   * Returns this set without the element of a key.
   *
   * @param k the key
   * @return the new set, or this one if no element has the key
   */
  public PersistentQueue<E> remove(long k) {
    if (find(k) == null) {
      return this;
    }
    return new PersistentQueue<>(key, delete(root, k), size - 1);
  }

  /**
   * Returns the element of a key.
   *
   * @param k the key
   * @return the element, or null
   */
  public E find(long k) {
    Node<E> n = root;
    while (n != null) {
      long nk = key.applyAsLong(n.element);
      if (k == nk) {
        return n.element;
      }
      n = k < nk ? n.left : n.right;
    }
    return null;
  }

  /**
   * Returns the element with the least key.
   *
   * @return the first element, or null if empty
   */
  public E first() {
    Node<E> n = root;
    if (n == null) {
      return null;
    }
    while (n.left != null) {
      n = n.left;
    }
    return n.element;
  }

  /**
   * Returns the element with the least key greater than a key.
   *
   * @param k the key
   * @return the element, or null if none
   */
  public E higher(long k) {
    E best = null;
    Node<E> n = root;
    while (n != null) {
      if (key.applyAsLong(n.element) > k) {
        best = n.element;
        n = n.left;
      } else {
        n = n.right;
      }
    }
    return best;
  }

  /**
   * Returns the element with the greatest key.
   *
   * @return the last element, or null if empty
   */
  public E last() {
    Node<E> n = root;
    if (n == null) {
      return null;
    }
    while (n.right != null) {
      n = n.right;
    }
    return n.element;
  }

  /**
   * Returns the element with the greatest key less than a key.
   *
   * @param k the key
   * @return the element, or null if none
   */
  public E lower(long k) {
    E best = null;
    Node<E> n = root;
    while (n != null) {
      if (key.applyAsLong(n.element) < k) {
        best = n.element;
        n = n.right;
      } else {
        n = n.left;
      }
    }
    return best;
  }

  /**
   * Gives every element to an action, in key order.
   *
   * @param action the action
   */
  public void forEach(Consumer<? super E> action) {
    walk(root, action);
  }

  private static <E> void walk(Node<E> n, Consumer<? super E> action) {
    while (n != null) {
      walk(n.left, action);
      action.accept(n.element);
      n = n.right;
    }
  }

  private static int priority(long k) {
    long h = k * 0x9E3779B97F4A7C15L;
    h ^= h >>> 29;
    h *= 0xBF58476D1CE4E5B9L;
    return (int) (h ^ (h >>> 32));
  }

  private int priorityOf(Node<E> n) {
    return priority(key.applyAsLong(n.element));
  }

  private Node<E> insert(Node<E> n, E element, long k) {
    if (n == null) {
      return new Node<>(element, null, null);
    }
    long nk = key.applyAsLong(n.element);
    if (k == nk) {
      return new Node<>(element, n.left, n.right);
    }
    if (k < nk) {
      Node<E> left = insert(n.left, element, k);
      if (priorityOf(left) > priorityOf(n)) {
        return new Node<>(left.element, left.left, new Node<>(n.element, left.right, n.right));
      }
      return new Node<>(n.element, left, n.right);
    }
    Node<E> right = insert(n.right, element, k);
    if (priorityOf(right) > priorityOf(n)) {
      return new Node<>(right.element, new Node<>(n.element, n.left, right.left), right.right);
    }
    return new Node<>(n.element, n.left, right);
  }

  private Node<E> delete(Node<E> n, long k) {
    long nk = key.applyAsLong(n.element);
    if (k < nk) {
      return new Node<>(n.element, delete(n.left, k), n.right);
    }
    if (k > nk) {
      return new Node<>(n.element, n.left, delete(n.right, k));
    }
    return merge(n.left, n.right);
  }

  private Node<E> merge(Node<E> a, Node<E> b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    if (priorityOf(a) > priorityOf(b)) {
      return new Node<>(a.element, a.left, merge(a.right, b));
    }
    return new Node<>(b.element, merge(a, b.left), b.right);
  }

  /** Three fields: 24 bytes with compressed references; the key is read from the element. */
  private static final class Node<E> {
    final E element;
    final Node<E> left;
    final Node<E> right;

    Node(E element, Node<E> left, Node<E> right) {
      this.element = element;
      this.left = left;
      this.right = right;
    }
  }
}
