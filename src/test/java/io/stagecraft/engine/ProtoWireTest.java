package io.stagecraft.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProtoWireTest {

  private static byte[] bytes(int... values) {
    byte[] b = new byte[values.length];
    for (int i = 0; i < values.length; i++) {
      b[i] = (byte) values[i];
    }
    return b;
  }

  @Test
  void readsTheExamplesOfTheProtobufEncodingGuide() {
    // Field 1 = 150, then field 2 = "testing".
    ProtoWire w =
        new ProtoWire(bytes(0x08, 0x96, 0x01, 0x12, 0x07, 't', 'e', 's', 't', 'i', 'n', 'g'));
    assertTrue(w.next());
    assertEquals(1, w.field());
    assertEquals(150, w.varint());
    assertTrue(w.next());
    assertEquals(2, w.field());
    assertEquals("testing", w.string());
    assertFalse(w.next());
  }

  @Test
  void skipsFieldsOfEveryWireType() {
    ProtoWire w =
        new ProtoWire(
            bytes(
                0x08, 0xff, 0xff, 0x03, // 1: varint
                0x11, 1, 2, 3, 4, 5, 6, 7, 8, // 2: fixed64
                0x1a, 0x02, 0x08, 0x01, // 3: embedded message
                0x25, 1, 2, 3, 4, // 4: fixed32
                0x28, 0x2a)); // 5: varint 42
    for (int i = 0; i < 4; i++) {
      assertTrue(w.next());
      w.skip();
    }
    assertTrue(w.next());
    assertEquals(5, w.field());
    assertEquals(42, w.varint());
    assertFalse(w.next());
  }

  @Test
  void readsEmbeddedMessagesAndLargeVarints() {
    ProtoWire w =
        new ProtoWire(
            bytes(0x0a, 0x0b, 0x08, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0x01));
    assertTrue(w.next());
    ProtoWire inner = w.message();
    assertTrue(inner.next());
    assertEquals(-1L, inner.varint());
    assertFalse(inner.next());
    assertFalse(w.next());
  }

  @Test
  void refusesTruncatedInput() {
    ProtoWire length = new ProtoWire(bytes(0x12, 0x05, 'a', 'b'));
    assertTrue(length.next());
    assertThrows(IllegalArgumentException.class, length::string);
    ProtoWire varint = new ProtoWire(bytes(0x08, 0x96));
    assertTrue(varint.next());
    assertThrows(IllegalArgumentException.class, varint::varint);
  }

  @Test
  void refusesAMismatchedWireType() {
    ProtoWire w = new ProtoWire(bytes(0x08, 0x01));
    assertTrue(w.next());
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, w::string);
    assertEquals("protobuf field 1 has wire type 0, expected 2", e.getMessage());
  }
}
