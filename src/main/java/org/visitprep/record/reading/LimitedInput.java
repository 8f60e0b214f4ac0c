package org.visitprep.record.reading;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Counts the bytes read through it, reports them as progress, and stops with {@link LimitExceeded} once more than
 * the limit has come through, whatever the source claimed its size to be.
 */
public final class LimitedInput extends FilterInputStream {

    /** Signals that the stream went past its limit; readers turn it into a problem. */
    public static final class LimitExceeded extends IOException {
        private static final long serialVersionUID = 1L;
        private final long limit;

        LimitExceeded(long limit) {
            super("more than " + limit + " bytes", null);
            this.limit = limit;
        }

        public long limit() {
            return limit;
        }
    }

    private static final long REPORT_EVERY = 1L << 20;

    private final long limit;
    private final long expectedTotal;
    private final ImportProgress progress;
    private long count;
    private long lastReported;

    public LimitedInput(InputStream in, long limit, long expectedTotal, ImportProgress progress) {
        super(in);
        this.limit = limit;
        this.expectedTotal = expectedTotal;
        this.progress = progress;
    }

    public long count() {
        return count;
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) {
            advance(1);
        }
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) {
            advance(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        long skipped = super.skip(n);
        advance(skipped);
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void advance(long n) throws LimitExceeded {
        count += n;
        if (count > limit) {
            throw new LimitExceeded(limit);
        }
        if (count - lastReported >= REPORT_EVERY) {
            lastReported = count;
            progress.bytesRead(count, expectedTotal);
        }
    }

    /** Tells the progress listener the final count. */
    public void reportDone() {
        progress.bytesRead(count, expectedTotal);
    }
}
