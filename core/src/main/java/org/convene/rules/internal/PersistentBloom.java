package org.convene.rules.internal;

import java.util.function.Consumer;

/**
 * A persistent Bloom filter over strings: {@link #mightContain} answers "certainly absent" for
 * most strings never added by reading two bits, which stay in the processor's caches long after
 * a million-entry map has left them. Bits live in 512-bit chunks of a {@link PersistentVector},
 * so {@link #add} copies one chunk and its path. Sized for a capacity (8 to 16 bits per element,
 * two hashes: about 2 to 5 % false positives); {@link #needsGrowth} tells when to rebuild it
 * twice as large. Not API.
 */
public final class PersistentBloom {
  private static final int CHUNK_BITS = 512;
  private static final int MIN_CAPACITY = 1024;

  private final PersistentVector<long[]> chunks;
  private final int bits;
  private final int capacity;
  private final int size;

  private PersistentBloom(PersistentVector<long[]> chunks, int bits, int capacity, int size) {
    this.chunks = chunks;
    this.bits = bits;
    this.capacity = capacity;
    this.size = size;
  }

  /**
   * Returns an empty filter for a capacity.
   *
   * @param capacity how many elements it should hold before it needs to grow
   * @return the filter
   */
  public static PersistentBloom withCapacity(int capacity) {
    int cap = Math.max(MIN_CAPACITY, capacity);
    int chunkCount = (int) Math.min(Integer.MAX_VALUE / CHUNK_BITS, ((long) cap * 8 + CHUNK_BITS - 1) / CHUNK_BITS);
    PersistentVector<long[]> chunks = PersistentVector.empty();
    long[] empty = new long[CHUNK_BITS / 64];
    for (int i = 0; i < chunkCount; i++) {
      chunks = chunks.append(empty);
    }
    return new PersistentBloom(chunks, chunkCount * CHUNK_BITS, cap, 0);
  }

  /**
   * Builds a filter of twice the capacity holding given elements.
   *
   * @param elements calls its argument once per element
   * @param count how many elements there are
   * @return the filter
   */
  public static PersistentBloom of(Consumer<Consumer<String>> elements, int count) {
    PersistentBloom empty = withCapacity(2 * count);
    long[][] raw = new long[empty.bits / CHUNK_BITS][CHUNK_BITS / 64];
    int[] added = new int[1];
    elements.accept(s -> {
      int h = s.hashCode();
      set(raw, index(h, empty.bits));
      set(raw, index(h * 0x9E3779B9 + 0x7F4A7C15, empty.bits));
      added[0]++;
    });
    PersistentVector<long[]> chunks = PersistentVector.empty();
    for (long[] chunk : raw) {
      chunks = chunks.append(chunk);
    }
    return new PersistentBloom(chunks, empty.bits, empty.capacity, added[0]);
  }

  private static void set(long[][] raw, int bit) {
    raw[bit / CHUNK_BITS][(bit % CHUNK_BITS) >>> 6] |= 1L << bit;
  }

  /**
   * Tells whether a string may have been added.
   *
   * @param s the string
   * @return false if it certainly was not added
   */
  public boolean mightContain(String s) {
    int h = s.hashCode();
    return test(index(h, bits)) && test(index(h * 0x9E3779B9 + 0x7F4A7C15, bits));
  }

  /**
   * Returns this filter with a string added.
   *
   * @param s the string
   * @return the new filter
   */
  public PersistentBloom add(String s) {
    int h = s.hashCode();
    PersistentVector<long[]> result = set(set(chunks, index(h, bits)), index(h * 0x9E3779B9 + 0x7F4A7C15, bits));
    return new PersistentBloom(result, bits, capacity, size + 1);
  }

  /**
   * Tells whether the filter holds more elements than it was sized for.
   *
   * @return true if it should be rebuilt with {@link #of}
   */
  public boolean needsGrowth() {
    return size > capacity;
  }

  private boolean test(int bit) {
    return (chunks.get(bit / CHUNK_BITS)[(bit % CHUNK_BITS) >>> 6] & (1L << bit)) != 0;
  }

  private static PersistentVector<long[]> set(PersistentVector<long[]> chunks, int bit) {
    long[] chunk = chunks.get(bit / CHUNK_BITS);
    long mask = 1L << bit;
    int word = (bit % CHUNK_BITS) >>> 6;
    if ((chunk[word] & mask) != 0) {
      return chunks;
    }
    long[] copy = chunk.clone();
    copy[word] |= mask;
    return chunks.with(bit / CHUNK_BITS, copy);
  }

  /** Spreads a hash over the bits (multiplicative hashing of the mixed value). */
  private static int index(int h, int bits) {
    int x = h ^ (h >>> 16);
    x *= 0x85EBCA6B;
    x ^= x >>> 13;
    return (int) (((x & 0xFFFFFFFFL) * bits) >>> 32);
  }
}
