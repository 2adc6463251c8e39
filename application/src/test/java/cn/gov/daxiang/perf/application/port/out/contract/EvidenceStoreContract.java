package cn.gov.daxiang.perf.application.port.out.contract;

import cn.gov.daxiang.perf.application.fake.InMemoryEvidenceStore;
import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.domain.evidence.ContentProbe;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What every {@link EvidenceStore} does: staging hashes and counts, nothing is kept before a commit, content reads back
 * byte for byte by its SHA-256, identical content is kept once, content over the limit is refused and nothing kept.
 * Implementations give a store whose limit is {@link #LIMIT} bytes.
 */
public abstract class EvidenceStoreContract {

    protected static final long LIMIT = 64 * 1024;

    /** A store with a limit of {@link #LIMIT} bytes. */
    protected abstract EvidenceStore store();

    private static Sha256 sha256(byte[] bytes) throws Exception {
        return Sha256.of(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void stagedContentIsHashedAndCountedAndReadsBackByteForByteOnceCommitted() throws Exception {
        byte[] content = "%PDF-1.4 佐证材料".getBytes(StandardCharsets.UTF_8);
        Sha256 expected = sha256(content);
        try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(content))) {
            assertThat(staged.sha256()).isEqualTo(expected);
            assertThat(staged.size()).isEqualTo(content.length);
            assertThat(staged.head()).isEqualTo(Arrays.copyOf(content, ContentProbe.HEAD_LENGTH));
            assertThat(staged.zipEntryNames()).isEmpty();
            assertThat(store().contains(expected)).as("nothing is kept before the commit").isFalse();
            staged.commit();
        }
        assertThat(store().contains(expected)).isTrue();
        assertThat(InMemoryEvidenceStore.readAll(store().open(expected))).isEqualTo(content);
    }

    @Test
    void contentClosedWithoutACommitIsNotKept() throws Exception {
        byte[] content = "never committed".getBytes(StandardCharsets.UTF_8);
        try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(content))) {
            assertThat(staged.size()).isEqualTo(content.length);
        }
        assertThat(store().contains(sha256(content))).isFalse();
        assertThatThrownBy(() -> store().open(sha256(content))).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void identicalContentIsKeptOnceAndStaysReadable() throws Exception {
        byte[] content = "同一份文件".getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < 2; i++) {
            try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(content))) {
                staged.commit();
            }
        }
        assertThat(InMemoryEvidenceStore.readAll(store().open(sha256(content)))).isEqualTo(content);
        assertThat(store().delete(sha256(content))).isTrue();
        assertThat(store().contains(sha256(content))).isFalse();
        assertThat(store().delete(sha256(content))).isFalse();
    }

    @Test
    void contentAtTheLimitIsStagedAndOneByteMoreIsRefused() {
        byte[] atLimit = new byte[(int) LIMIT];
        Arrays.fill(atLimit, (byte) 'x');
        try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(atLimit))) {
            assertThat(staged.size()).isEqualTo(LIMIT);
        }
        byte[] over = Arrays.copyOf(atLimit, (int) LIMIT + 1);
        assertThatThrownBy(() -> store().stage(new ByteArrayInputStream(over)))
                .isInstanceOfSatisfying(EvidenceFileTooLargeException.class, e -> assertThat(e.limitBytes()).isEqualTo(LIMIT));
        assertThat(store().maxSize()).isEqualTo(LIMIT);
    }

    @Test
    void emptyContentIsStagedWithSizeZeroForTheCallerToRefuse() {
        try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(new byte[0]))) {
            assertThat(staged.size()).isZero();
            assertThat(staged.head()).isEmpty();
        }
    }

    @Test
    void theEntriesOfAZipAreListed() throws Exception {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (String name : List.of("[Content_Types].xml", "xl/workbook.xml")) {
                zip.putNextEntry(new ZipEntry(name));
                zip.write(1);
                zip.closeEntry();
            }
        }
        try (EvidenceStore.Staged staged = store().stage(new ByteArrayInputStream(out.toByteArray()))) {
            assertThat(staged.zipEntryNames()).hasValueSatisfying(names -> assertThat(names).containsExactly("[Content_Types].xml", "xl/workbook.xml"));
        }
    }
}
