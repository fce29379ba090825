package org.nucleiml.emulator;

import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import org.nucleiml.InvalidParameterException;
import org.nucleiml.emulator.network.FeedForwardNetwork;

/**
 * The compact, versioned network file: magic "NMLN", format version, layer count, layer widths, then
 * every parameter as a little-endian IEEE double. Same network, same bytes.
 */
final class NetworkFile {

  static final int MAGIC = 0x4E4D4C4E;
  static final int VERSION = 1;

  private NetworkFile() {}

  static byte[] encode(FeedForwardNetwork network) {
    int[] sizes = network.sizes();
    double[] p = network.parameters();
    ByteBuffer b = ByteBuffer.allocate(12 + 4 * sizes.length + 8 * p.length).order(ByteOrder.LITTLE_ENDIAN);
    b.putInt(MAGIC).putInt(VERSION).putInt(sizes.length);
    for (int s : sizes) {
      b.putInt(s);
    }
    for (double v : p) {
      b.putDouble(v);
    }
    return b.array();
  }

  /** Decodes; {@code name} is the file's name for messages. */
  static FeedForwardNetwork decode(byte[] bytes, String name) {
    ByteBuffer b = ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN);
    if (bytes.length < 12 || b.getInt() != MAGIC) {
      throw new InvalidParameterException(name, "not a network file", "a file starting with NMLN");
    }
    int version = b.getInt();
    if (version != VERSION) {
      throw new InvalidParameterException(name + " format version", version, "version " + VERSION);
    }
    int layers = b.getInt();
    if (layers < 2 || layers > 64 || b.remaining() < 4 * layers) {
      throw new InvalidParameterException(name + " layer count", layers, "2 to 64 layers");
    }
    int[] sizes = new int[layers];
    for (int l = 0; l < layers; l++) {
      sizes[l] = b.getInt();
    }
    int count = FeedForwardNetwork.parameterCount(sizes);
    if (b.remaining() != 8L * count) {
      throw new InvalidParameterException(name + " size", bytes.length + " bytes",
          (12 + 4 * layers + 8L * count) + " bytes for layers " + java.util.Arrays.toString(sizes));
    }
    double[] p = new double[count];
    b.asDoubleBuffer().get(p);
    return new FeedForwardNetwork(sizes, p);
  }
}
