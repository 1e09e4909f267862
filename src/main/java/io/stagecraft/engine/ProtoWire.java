package io.stagecraft.engine;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads protobuf's wire format field by field: enough to decode BuildKit's status messages without
 * a protobuf dependency or generated code.
 */
final class ProtoWire {

  static final int VARINT = 0;
  static final int FIXED64 = 1;
  static final int LENGTH_DELIMITED = 2;
  static final int FIXED32 = 5;

  private final byte[] data;
  private final int end;
  private int pos;
  private int tag;

  ProtoWire(byte[] data) {
    this(data, 0, data.length);
  }

  private ProtoWire(byte[] data, int start, int end) {
    this.data = data;
    this.pos = start;
    this.end = end;
  }

  /** Advances to the next field; false at the end of the message. */
  boolean next() {
    if (pos >= end) {
      return false;
    }
    long key = readVarint();
    tag = (int) key;
    return true;
  }

  int field() {
    return tag >>> 3;
  }

  int wireType() {
    return tag & 7;
  }

  long varint() {
    expect(VARINT);
    return readVarint();
  }

  boolean bool() {
    return varint() != 0;
  }

  String string() {
    return new String(bytes(), StandardCharsets.UTF_8);
  }

  byte[] bytes() {
    expect(LENGTH_DELIMITED);
    int length = length();
    byte[] out = Arrays.copyOfRange(data, pos, pos + length);
    pos += length;
    return out;
  }

  /** The current field as an embedded message. */
  ProtoWire message() {
    expect(LENGTH_DELIMITED);
    int length = length();
    ProtoWire inner = new ProtoWire(data, pos, pos + length);
    pos += length;
    return inner;
  }

  /** Skips the current field, whatever its type. */
  void skip() {
    switch (wireType()) {
      case VARINT -> readVarint();
      case FIXED64 -> advance(8);
      case LENGTH_DELIMITED -> advance(length());
      case FIXED32 -> advance(4);
      default ->
          throw new IllegalArgumentException(
              "unsupported protobuf wire type " + wireType() + " at byte " + pos);
    }
  }

  private int length() {
    long length = readVarint();
    if (length < 0 || length > end - pos) {
      throw new IllegalArgumentException(
          "protobuf length " + length + " runs past the message at byte " + pos);
    }
    return (int) length;
  }

  private void advance(int n) {
    if (n > end - pos) {
      throw new IllegalArgumentException("protobuf field runs past the message at byte " + pos);
    }
    pos += n;
  }

  private void expect(int type) {
    if (wireType() != type) {
      throw new IllegalArgumentException(
          "protobuf field " + field() + " has wire type " + wireType() + ", expected " + type);
    }
  }

  private long readVarint() {
    long value = 0;
    for (int shift = 0; shift < 64; shift += 7) {
      if (pos >= end) {
        throw new IllegalArgumentException("protobuf varint runs past the message");
      }
      byte b = data[pos++];
      value |= (long) (b & 0x7f) << shift;
      if ((b & 0x80) == 0) {
        return value;
      }
    }
    throw new IllegalArgumentException("protobuf varint longer than 10 bytes");
  }
}
