package org.visitprep.record.importing;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.visitprep.record.reading.ImportSource;

/**
 * Opens a source so that the SHA-256 of its bytes is computed as a reader reads them. On close, the rest of the
 * stream is read too (up to the size limit), so the digest covers the whole file even when a reader stopped early.
 */
final class DigestingOpener implements ImportSource.Opener {

    private final ImportSource.Opener opener;
    private final long maxBytes;
    private volatile String lastDigest;

    DigestingOpener(ImportSource.Opener opener, long maxBytes) {
        this.opener = opener;
        this.maxBytes = maxBytes;
    }

    @Override
    public InputStream open() throws IOException {
        return new DigestingStream(opener.open());
    }

    /** The SHA-256 of the file as last read in full, or null when it was not. */
    String digest() {
        return lastDigest;
    }

    private final class DigestingStream extends FilterInputStream {
        private final MessageDigest sha256;
        private long count;
        private boolean closed;

        DigestingStream(InputStream in) {
            super(in);
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("every Java platform has SHA-256", e);
            }
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                sha256.update((byte) b);
                count++;
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                sha256.update(buffer, offset, n);
                count += n;
            }
            return n;
        }

        @Override
        public long skip(long n) throws IOException {
            byte[] buffer = new byte[(int) Math.min(8192, Math.max(1, n))];
            long skipped = 0;
            while (skipped < n) {
                int read = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
                if (read < 0) {
                    break;
                }
                skipped += read;
            }
            return skipped;
        }

        @Override
        public boolean markSupported() {
            return false;
        }

        @Override
        public void close() throws IOException {
            if (closed) {
                return;
            }
            closed = true;
            try {
                byte[] buffer = new byte[64 * 1024];
                while (count <= maxBytes && read(buffer, 0, buffer.length) >= 0) {
                    // reading on only to complete the digest
                }
                lastDigest = count <= maxBytes ? HexFormat.of().formatHex(sha256.digest()) : null;
            } finally {
                super.close();
            }
        }
    }
}
