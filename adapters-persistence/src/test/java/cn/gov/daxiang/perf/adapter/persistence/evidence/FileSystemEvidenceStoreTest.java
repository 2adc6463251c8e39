package cn.gov.daxiang.perf.adapter.persistence.evidence;

import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.application.port.out.contract.EvidenceStoreContract;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The evidence store contract over the filesystem store, in a folder of its own under target/, plus what only a
 * folder shows: the content-addressed layout, an empty staging folder after every outcome, leftovers of a crash cleared
 * at the next start, and a large upload streamed without being held in memory.
 */
class FileSystemEvidenceStoreTest extends EvidenceStoreContract {

    private final Path folder = Path.of("target", "evidence-store-test", Long.toString(System.nanoTime()));
    private final FileSystemEvidenceStore store = new FileSystemEvidenceStore(folder, LIMIT);

    @Override
    protected EvidenceStore store() {
        return store;
    }

    @AfterEach
    void stagingIsLeftEmptyAndTheFolderRemoved() throws IOException {
        try (Stream<Path> staged = Files.list(store.root().resolve("staging"))) {
            assertThat(staged).as("staging after the test").isEmpty();
        }
        try (Stream<Path> all = Files.walk(folder)) {
            all.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }

    @Test
    void contentLivesUnderItsDigestInTwoLevelsOfFolders() {
        byte[] content = "%PDF-1.4 分层".getBytes(StandardCharsets.UTF_8);
        Sha256 sha256;
        try (EvidenceStore.Staged staged = store.stage(new ByteArrayInputStream(content))) {
            sha256 = staged.sha256();
            staged.commit();
        }
        String hex = sha256.hex();
        assertThat(store.root().resolve("sha256/" + hex.substring(0, 2) + "/" + hex.substring(2, 4) + "/" + hex)).isRegularFile().hasBinaryContent(content);
    }

    @Test
    void aCrashsLeftoversInStagingAreClearedAtTheNextStart() throws IOException {
        Path leftover = store.root().resolve("staging").resolve("upload-crashed.part");
        Files.writeString(leftover, "half an upload");
        new FileSystemEvidenceStore(folder, LIMIT);
        assertThat(leftover).doesNotExist();
    }

    @Test
    void aLargeUploadIsStreamedThroughAndCountedExactly() {
        long size = 40L << 20;
        FileSystemEvidenceStore large = new FileSystemEvidenceStore(folder, size);
        InputStream generated = new InputStream() {
            private long left = size;

            @Override
            public int read() {
                return left-- > 0 ? 'x' : -1;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (left <= 0) {
                    return -1;
                }
                int n = (int) Math.min(len, left);
                java.util.Arrays.fill(b, off, off + n, (byte) 'x');
                left -= n;
                return n;
            }
        };
        try (EvidenceStore.Staged staged = large.stage(generated)) {
            assertThat(staged.size()).isEqualTo(size);
        }
    }
}
