package org.visitprep.record.storage;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.Inflater;
import org.visitprep.record.OriginalResource;

/**
 * The stored form of an original resource before it is sealed, version 1: one format byte ({@value #FORMAT}), one
 * byte for its {@link OriginalResource.Representation} (its ordinal), its length in bytes as a 4-byte big-endian
 * integer, then the JSON deflated (raw DEFLATE, RFC 1951, at the fastest level: FHIR JSON still shrinks about
 * five-fold, and the import stays quick).
 */
final class OriginalFormat {

    static final byte FORMAT = 1;

    private static final int HEADER_LENGTH = 6;
    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED, true));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(() -> new Inflater(true));

    private OriginalFormat() {}

    static byte[] write(OriginalResource original) {
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        var out = new ByteArrayOutputStream(HEADER_LENGTH + original.size() / 4 + 64);
        out.write(FORMAT);
        out.write(original.representation().ordinal());
        out.writeBytes(ByteBuffer.allocate(4).putInt(original.size()).array());
        try (InputStream in = original.openStream();
                var deflating = new DeflaterOutputStream(out, deflater, 8192)) {
            in.transferTo(deflating);
        } catch (IOException e) {
            throw new UncheckedIOException("bytes in memory could not be deflated", e);
        }
        return out.toByteArray();
    }

    static OriginalResource read(byte[] stored) {
        if (stored.length < HEADER_LENGTH || stored[0] != FORMAT) {
            throw new IllegalStateException("A stored original is not in format " + FORMAT);
        }
        var representation = OriginalResource.Representation.values()[stored[1]];
        int length = ByteBuffer.wrap(stored, 2, 4).getInt();
        byte[] json = new byte[length];
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(stored, HEADER_LENGTH, stored.length - HEADER_LENGTH);
        try {
            int inflated = 0;
            while (inflated < length && !inflater.finished()) {
                int n = inflater.inflate(json, inflated, length - inflated);
                if (n == 0 && (inflater.needsInput() || inflater.needsDictionary())) {
                    break;
                }
                inflated += n;
            }
            if (inflated != length) {
                throw new IllegalStateException("A stored original inflates to fewer bytes than its header says");
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("A stored original does not inflate", e);
        }
        return OriginalResource.wrap(json, representation);
    }
}
