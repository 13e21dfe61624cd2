package org.convene.jdbc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The statement texts of the appends: made once per number of rows, and each one's own. */
class SqlByRowsTest {
  private final AtomicInteger made = new AtomicInteger();
  private final LogStore.SqlByRows texts = new LogStore.SqlByRows(n -> {
    made.incrementAndGet();
    return "rows " + n;
  });

  @Test
  void eachNumberOfRows_getsItsOwnText_madeOnce() {
    String one = texts.of(1);
    assertEquals("rows 1", one);
    assertEquals("rows 2", texts.of(2));
    assertEquals("rows " + LogStore.SqlByRows.KEPT, texts.of(LogStore.SqlByRows.KEPT));
    assertSame(one, texts.of(1));
    assertEquals(3, made.get());
  }

  @Test
  void aBatchLargerThanKept_getsItsText_madeEachTime() {
    int rows = LogStore.SqlByRows.KEPT + 1;
    assertEquals("rows " + rows, texts.of(rows));
    assertEquals("rows " + rows, texts.of(rows));
    assertEquals(2, made.get());
  }
}
