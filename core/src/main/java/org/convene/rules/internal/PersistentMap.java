package org.convene.rules.internal;

import java.util.Arrays;
import java.util.Objects;
import java.util.function.BiConsumer;

/**
 * A persistent hash map (a hash array mapped trie): {@link #put} and {@link #remove} return a new
 * map that shares all but one path of at most seven nodes with this one, so an update costs
 * O(log32 n) time and space instead of a copy of the whole map. Not API.
 *
 * <p>Null keys and null values are not allowed; {@link #get} returns null for "absent".
 *
 * @param <K> the key type, with value-based equals and hashCode
 * @param <V> the value type
 */
public final class PersistentMap<K, V> {
  private static final PersistentMap<?, ?> EMPTY = new PersistentMap<>(Node.EMPTY, 0);

  private final Node root;
  private final int size;

  private PersistentMap(Node root, int size) {
    this.root = root;
    this.size = size;
  }

  /**
   * Returns the empty map.
   *
   * @param <K> the key type
   * @param <V> the value type
   * @return the empty map
   */
  @SuppressWarnings("unchecked")
  public static <K, V> PersistentMap<K, V> empty() {
    return (PersistentMap<K, V>) EMPTY;
  }

  /**
   * Returns the map of distinct keys to their values, built at once rather than by n puts that
   * each copy a path: the same trie the puts would make.
   *
   * @param keys the keys, distinct, not null
   * @param values the value of each key, at the same position, not null
   * @param <K> the key type
   * @param <V> the value type
   * @return the map
   * @throws IllegalArgumentException if a key is given twice (the message names it) or the
   *     lists' sizes differ
   */
  public static <K, V> PersistentMap<K, V> ofDistinct(java.util.List<? extends K> keys, java.util.List<? extends V> values) {
    int n = keys.size();
    if (n != values.size() || n >= 1 << 28) {
      throw new IllegalArgumentException(n + " keys and " + values.size() + " values");
    }
    if (n == 0) {
      return empty();
    }
    // sorted by the hash's 5-bit chunks, lowest chunk first: the trie's order, level by level
    long[] order = new long[n];
    for (int i = 0; i < n; i++) {
      int h = spread(Objects.requireNonNull(keys.get(i), "key").hashCode());
      Objects.requireNonNull(values.get(i), "value");
      long r = 0;
      for (int shift = 0; shift < 35; shift += 5) {
        r = (r << 5) | ((h >>> shift) & 31);
      }
      order[i] = (r << 28) | i;
    }
    Arrays.sort(order);
    return new PersistentMap<>(build(keys, values, order, 0, n, 0), n);
  }

  private static Node build(java.util.List<?> keys, java.util.List<?> values, long[] order, int from, int to, int shift) {
    int bitmap = 0;
    java.util.List<Object> array = new java.util.ArrayList<>();
    for (int lo = from; lo < to; ) {
      int first = (int) (order[lo] & ((1 << 28) - 1));
      int h = spread(keys.get(first).hashCode());
      int chunk = (h >>> shift) & 31;
      int hi = lo + 1;
      while (hi < to && ((spread(keys.get((int) (order[hi] & ((1 << 28) - 1))).hashCode()) >>> shift) & 31) == chunk) {
        hi++;
      }
      bitmap |= 1 << chunk;
      if (hi - lo == 1) {
        array.add(keys.get(first));
        array.add(values.get(first));
      } else if (order[lo] >>> 28 == order[hi - 1] >>> 28) {
        Object[] pairs = new Object[2 * (hi - lo)];
        for (int j = lo; j < hi; j++) {
          int at = (int) (order[j] & ((1 << 28) - 1));
          Object key = keys.get(at);
          for (int p = 0; p < 2 * (j - lo); p += 2) {
            if (pairs[p].equals(key)) {
              throw new IllegalArgumentException("key " + key + " is given twice");
            }
          }
          pairs[2 * (j - lo)] = key;
          pairs[2 * (j - lo) + 1] = values.get(at);
        }
        array.add(null);
        array.add(new Collision(pairs));
      } else {
        array.add(null);
        array.add(build(keys, values, order, lo, hi, shift + 5));
      }
      lo = hi;
    }
    return new Node(bitmap, array.toArray());
  }

  /**
   * Returns the number of keys.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the value of a key.
   *
   * @param key the key, not null
   * @return the value, or null if absent
   */
  @SuppressWarnings("unchecked")
  public V get(Object key) {
    return (V) root.find(0, spread(key.hashCode()), key);
  }

  /**
   * Returns a map in which a key has a value.
   *
   * @param key the key, not null
   * @param value the value, not null
   * @return the new map (this one if the key already had that very value)
   */
  public PersistentMap<K, V> put(K key, V value) {
    Objects.requireNonNull(value, "value");
    boolean[] added = new boolean[1];
    Node newRoot = root.put(0, spread(key.hashCode()), key, value, added);
    return newRoot == root ? this : new PersistentMap<>(newRoot, added[0] ? size + 1 : size);
  }

  /**
   * Returns a map without a key.
   *
   * @param key the key, not null
   * @return the new map (this one if the key was absent)
   */
  public PersistentMap<K, V> remove(Object key) {
    Node newRoot = root.remove(0, spread(key.hashCode()), key);
    if (newRoot == root) {
      return this;
    }
    return new PersistentMap<>(newRoot == null ? Node.EMPTY : newRoot, size - 1);
  }

  /**
   * Calls an action for every key and value, in no particular order.
   *
   * @param action the action, not null
   */
  @SuppressWarnings("unchecked")
  public void forEach(BiConsumer<? super K, ? super V> action) {
    root.forEach((BiConsumer<Object, Object>) action);
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /**
   * A trie node: a bitmap of the used slots of 32 and an array of pairs, either (key, value) or
   * (null, child) where the child is a {@link Node} or a {@link Collision}.
   */
  private static final class Node {
    static final Node EMPTY = new Node(0, new Object[0]);

    final int bitmap;
    final Object[] array;

    Node(int bitmap, Object[] array) {
      this.bitmap = bitmap;
      this.array = array;
    }

    Object find(int shift, int hash, Object key) {
      Node node = this;
      while (true) {
        int bit = 1 << ((hash >>> shift) & 31);
        if ((node.bitmap & bit) == 0) {
          return null;
        }
        int i = 2 * Integer.bitCount(node.bitmap & (bit - 1));
        Object k = node.array[i];
        Object v = node.array[i + 1];
        if (k != null) {
          // a differing hash settles it without reading the key's contents
          return spread(k.hashCode()) == hash && k.equals(key) ? v : null;
        }
        if (v instanceof Collision) {
          return ((Collision) v).find(key);
        }
        node = (Node) v;
        shift += 5;
      }
    }

    Node put(int shift, int hash, Object key, Object value, boolean[] added) {
      int bit = 1 << ((hash >>> shift) & 31);
      int i = 2 * Integer.bitCount(bitmap & (bit - 1));
      if ((bitmap & bit) == 0) {
        Object[] a = new Object[array.length + 2];
        System.arraycopy(array, 0, a, 0, i);
        a[i] = key;
        a[i + 1] = value;
        System.arraycopy(array, i, a, i + 2, array.length - i);
        added[0] = true;
        return new Node(bitmap | bit, a);
      }
      Object k = array[i];
      Object v = array[i + 1];
      Object child;
      if (k == null) {
        if (v instanceof Collision) {
          Collision c = (Collision) v;
          child = c.put(key, value, added);
          if (child == c) {
            return this;
          }
        } else {
          Node n = (Node) v;
          child = n.put(shift + 5, hash, key, value, added);
          if (child == n) {
            return this;
          }
        }
        return with(i, null, child);
      }
      if (k.equals(key)) {
        return v == value ? this : with(i, k, value);
      }
      added[0] = true;
      return with(i, null, pair(shift + 5, spread(k.hashCode()), k, v, hash, key, value));
    }

    private static Object pair(int shift, int h1, Object k1, Object v1, int h2, Object k2, Object v2) {
      if (h1 == h2) {
        return new Collision(new Object[] {k1, v1, k2, v2});
      }
      int b1 = (h1 >>> shift) & 31;
      int b2 = (h2 >>> shift) & 31;
      if (b1 == b2) {
        return new Node(1 << b1, new Object[] {null, pair(shift + 5, h1, k1, v1, h2, k2, v2)});
      }
      Object[] a = b1 < b2 ? new Object[] {k1, v1, k2, v2} : new Object[] {k2, v2, k1, v1};
      return new Node((1 << b1) | (1 << b2), a);
    }

    private Node with(int i, Object k, Object v) {
      Object[] a = array.clone();
      a[i] = k;
      a[i + 1] = v;
      return new Node(bitmap, a);
    }

    /** Returns this node without the key, itself if absent, or null if it became empty. */
    Node remove(int shift, int hash, Object key) {
      int bit = 1 << ((hash >>> shift) & 31);
      if ((bitmap & bit) == 0) {
        return this;
      }
      int i = 2 * Integer.bitCount(bitmap & (bit - 1));
      Object k = array[i];
      Object v = array[i + 1];
      if (k != null) {
        return k.equals(key) ? without(bit, i) : this;
      }
      Object child;
      if (v instanceof Collision) {
        Collision c = (Collision) v;
        child = c.remove(key);
        if (child == c) {
          return this;
        }
      } else {
        Node n = (Node) v;
        child = n.remove(shift + 5, hash, key);
        if (child == n) {
          return this;
        }
      }
      if (child == null) {
        return without(bit, i);
      }
      // keep the trie canonical: a child left with one key moves up
      Object[] single = single(child);
      return single == null ? with(i, null, child) : with(i, single[0], single[1]);
    }

    private static Object[] single(Object child) {
      Object[] a = child instanceof Collision ? ((Collision) child).array : ((Node) child).array;
      return a.length == 2 && a[0] != null ? a : null;
    }

    private Node without(int bit, int i) {
      if (array.length == 2) {
        return null;
      }
      Object[] a = new Object[array.length - 2];
      System.arraycopy(array, 0, a, 0, i);
      System.arraycopy(array, i + 2, a, i, array.length - i - 2);
      return new Node(bitmap & ~bit, a);
    }

    void forEach(BiConsumer<Object, Object> action) {
      for (int i = 0; i < array.length; i += 2) {
        Object k = array[i];
        Object v = array[i + 1];
        if (k != null) {
          action.accept(k, v);
        } else if (v instanceof Collision) {
          Object[] c = ((Collision) v).array;
          for (int j = 0; j < c.length; j += 2) {
            action.accept(c[j], c[j + 1]);
          }
        } else {
          ((Node) v).forEach(action);
        }
      }
    }
  }

  /** Keys whose spread hashes are all equal, as a flat array of pairs. */
  private static final class Collision {
    final Object[] array;

    Collision(Object[] array) {
      this.array = array;
    }

    Object find(Object key) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          return array[i + 1];
        }
      }
      return null;
    }

    Collision put(Object key, Object value, boolean[] added) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          if (array[i + 1] == value) {
            return this;
          }
          Object[] a = array.clone();
          a[i + 1] = value;
          return new Collision(a);
        }
      }
      Object[] a = Arrays.copyOf(array, array.length + 2);
      a[array.length] = key;
      a[array.length + 1] = value;
      added[0] = true;
      return new Collision(a);
    }

    /** Returns this without the key, itself if absent, or null if it became empty. */
    Collision remove(Object key) {
      for (int i = 0; i < array.length; i += 2) {
        if (array[i].equals(key)) {
          if (array.length == 2) {
            return null;
          }
          Object[] a = new Object[array.length - 2];
          System.arraycopy(array, 0, a, 0, i);
          System.arraycopy(array, i + 2, a, i, array.length - i - 2);
          return new Collision(a);
        }
      }
      return this;
    }
  }
}
