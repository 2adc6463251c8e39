package cn.gov.daxiang.perf.application.port.out;

import cn.gov.daxiang.perf.domain.evidence.ContentProbe;
import cn.gov.daxiang.perf.domain.evidence.Sha256;

import java.io.InputStream;

/**
 * Where evidence content lives, addressed by its SHA-256: identical content is kept once however often it is
 * attached. Writing is in two steps so that a row never names missing content: {@link #stage} copies the upload
 * aside (hashing and counting as it goes, never holding it in memory), the caller looks at it ({@link ContentProbe})
 * and then {@link Staged#commit() commits} it (durably, atomically) before it records the metadata; a failure
 * between the two leaves at most content no row names, never a row without content.
 */
public interface EvidenceStore {

    /** The most bytes one file may have. */
    long maxSize();

    /**
     * Copies the content aside; refuses ({@code EvidenceFileTooLargeException}) content over {@link #maxSize()},
     * keeping nothing. Empty content is staged (with size 0) for the caller to refuse. Close what it returns.
     */
    Staged stage(InputStream content);

    /** Opens stored content; {@code IllegalStateException} when the store has none with this digest (a lost file). */
    InputStream open(Sha256 sha256);

    boolean contains(Sha256 sha256);

    /** Removes stored content (cleaning up content no row names); false when there was none. */
    boolean delete(Sha256 sha256);

    /** Content copied aside, not yet stored: closing it without {@link #commit()} discards it. */
    interface Staged extends ContentProbe, AutoCloseable {

        Sha256 sha256();

        long size();

        /** Stores the content under its digest, durably; content already stored under it is kept as it is. */
        void commit();

        @Override
        void close();
    }
}
