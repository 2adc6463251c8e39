package cn.gov.daxiang.perf.application.fake;

import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.domain.evidence.ContentProbe;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import cn.gov.daxiang.perf.domain.evidence.Sha256;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Evidence content in memory, by SHA-256, with a limit the test chooses. */
public class InMemoryEvidenceStore implements EvidenceStore {

    public final Map<Sha256, byte[]> stored = new HashMap<>();
    private final long maxSize;
    /** Stagings not yet closed: a use case must close every one. */
    public int open;

    public InMemoryEvidenceStore(long maxSize) {
        this.maxSize = maxSize;
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    @Override
    public Staged stage(InputStream content) {
        byte[] bytes;
        try {
            bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxSize + 1));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (bytes.length > maxSize) {
            throw new EvidenceFileTooLargeException(maxSize);
        }
        Sha256 sha256 = digest(bytes);
        ContentProbe probe = ContentProbe.of(bytes);
        open++;
        return new Staged() {
            private boolean closed;

            @Override
            public Sha256 sha256() {
                return sha256;
            }

            @Override
            public long size() {
                return bytes.length;
            }

            @Override
            public void commit() {
                stored.putIfAbsent(sha256, bytes.clone());
            }

            @Override
            public byte[] head() {
                return probe.head();
            }

            @Override
            public Optional<List<String>> zipEntryNames() {
                return probe.zipEntryNames();
            }

            @Override
            public void close() {
                if (!closed) {
                    closed = true;
                    open--;
                }
            }
        };
    }

    @Override
    public InputStream open(Sha256 sha256) {
        byte[] bytes = stored.get(sha256);
        if (bytes == null) {
            throw new IllegalStateException("no evidence content " + sha256);
        }
        return new ByteArrayInputStream(bytes);
    }

    @Override
    public boolean contains(Sha256 sha256) {
        return stored.containsKey(sha256);
    }

    @Override
    public boolean delete(Sha256 sha256) {
        return stored.remove(sha256) != null;
    }

    static Sha256 digest(byte[] bytes) {
        try {
            return Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** For tests that read what they wrote: all bytes of a stream. */
    public static byte[] readAll(InputStream in) {
        try (in; ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            in.transferTo(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
