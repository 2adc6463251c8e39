package cn.gov.daxiang.perf.adapter.persistence.evidence;

import cn.gov.daxiang.perf.application.port.out.EvidenceStore;
import cn.gov.daxiang.perf.domain.evidence.ContentProbe;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileTooLargeException;
import cn.gov.daxiang.perf.domain.evidence.Sha256;
import io.quarkus.runtime.configuration.MemorySize;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * Evidence content in a folder ({@code perf.evidence.dir}, by default {@code evidence} in the data folder
 * {@code perf.data-dir}), one file per content named by its SHA-256: {@code sha256/ab/cd/abcd…}. An upload is copied to
 * {@code staging/} while hashed and counted (never held in memory; refused past {@code perf.evidence.max-size}), forced
 * to disk, and on commit moved atomically into place and the folder forced too, so that once the metadata row is
 * committed its content survives a crash. Content already stored under the digest is kept and the copy dropped.
 * A crash after the move and before the row's commit leaves content no row names (harmless; {@link #delete} removes it);
 * one during staging leaves a file in {@code staging/}, which the next start clears.
 */
@ApplicationScoped
public class FileSystemEvidenceStore implements EvidenceStore {

    /** The default limit of one file: 20 MB. */
    public static final String DEFAULT_MAX_SIZE = "20M";

    private final Path root;
    private final Path staging;
    private final long maxSize;

    @Inject
    public FileSystemEvidenceStore(@ConfigProperty(name = "perf.data-dir", defaultValue = "./data") String dataDir,
                                   @ConfigProperty(name = "perf.evidence.dir") Optional<String> evidenceDir,
                                   @ConfigProperty(name = "perf.evidence.max-size", defaultValue = DEFAULT_MAX_SIZE) MemorySize maxSize) {
        this(Path.of(evidenceDir.filter(d -> !d.isBlank()).orElse(dataDir + "/evidence")), maxSize.asLongValue());
    }

    public FileSystemEvidenceStore(Path root, long maxSize) {
        if (maxSize < 1) {
            throw new IllegalArgumentException("perf.evidence.max-size must be positive, not " + maxSize);
        }
        this.root = root.toAbsolutePath().normalize();
        this.staging = this.root.resolve("staging");
        this.maxSize = maxSize;
        try {
            Files.createDirectories(staging);
            Files.createDirectories(this.root.resolve("sha256"));
            clearStaging();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the evidence folder " + this.root, e);
        }
    }

    @Override
    public long maxSize() {
        return maxSize;
    }

    public Path root() {
        return root;
    }

    @Override
    public Staged stage(InputStream content) {
        Path temp;
        try {
            temp = Files.createTempFile(staging, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            byte[] head = new byte[0];
            long size = 0;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE); OutputStream out = Channels.newOutputStream(channel)) {
                byte[] buffer = new byte[64 * 1024];
                for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                    size += read;
                    if (size > maxSize) {
                        throw new EvidenceFileTooLargeException(maxSize);
                    }
                    if (head.length < ContentProbe.HEAD_LENGTH) {
                        int more = (int) Math.min(ContentProbe.HEAD_LENGTH - head.length, read);
                        byte[] longer = Arrays.copyOf(head, head.length + more);
                        System.arraycopy(buffer, 0, longer, head.length, more);
                        head = longer;
                    }
                    digest.update(buffer, 0, read);
                    out.write(buffer, 0, read);
                }
                out.flush();
                channel.force(true);
            }
            return new StagedFile(temp, Sha256.of(digest.digest()), size, head);
        } catch (IOException e) {
            deleteQuietly(temp);
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            deleteQuietly(temp);
            throw new IllegalStateException(e);
        } catch (RuntimeException e) {
            deleteQuietly(temp);
            throw e;
        }
    }

    @Override
    public InputStream open(Sha256 sha256) {
        try {
            return Files.newInputStream(pathOf(sha256));
        } catch (NoSuchFileException missing) {
            throw new IllegalStateException("evidence content " + sha256 + " is missing from " + root);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public boolean contains(Sha256 sha256) {
        return Files.isRegularFile(pathOf(sha256));
    }

    @Override
    public boolean delete(Sha256 sha256) {
        try {
            return Files.deleteIfExists(pathOf(sha256));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where content with this digest lives: two levels of folders by its first four hex digits. */
    Path pathOf(Sha256 sha256) {
        String hex = sha256.hex();
        return root.resolve("sha256").resolve(hex.substring(0, 2)).resolve(hex.substring(2, 4)).resolve(hex);
    }

    private void clearStaging() throws IOException {
        try (var leftovers = Files.list(staging)) {
            leftovers.forEach(FileSystemEvidenceStore::deleteQuietly);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // a staging leftover; the next start clears it
        }
    }

    /** Forces a folder's entries to disk, where the platform allows it (Linux does; some do not open folders). */
    private static void forceFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException notOnThisPlatform) {
            // best effort
        }
    }

    private final class StagedFile implements Staged {

        private final Path temp;
        private final Sha256 sha256;
        private final long size;
        private final byte[] head;
        private boolean committed;

        StagedFile(Path temp, Sha256 sha256, long size, byte[] head) {
            this.temp = temp;
            this.sha256 = sha256;
            this.size = size;
            this.head = head;
        }

        @Override
        public Sha256 sha256() {
            return sha256;
        }

        @Override
        public long size() {
            return size;
        }

        @Override
        public byte[] head() {
            return head.clone();
        }

        @Override
        public Optional<List<String>> zipEntryNames() {
            try (ZipFile zip = new ZipFile(temp.toFile())) {
                List<String> names = new ArrayList<>();
                Collections.list(zip.entries()).forEach(e -> names.add(e.getName()));
                return Optional.of(names);
            } catch (ZipException | IllegalArgumentException notAZip) {
                return Optional.empty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void commit() {
            if (committed) {
                return;
            }
            Path target = pathOf(sha256);
            try {
                if (Files.isRegularFile(target)) {
                    Files.delete(temp);
                } else {
                    Files.createDirectories(target.getParent());
                    try {
                        Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
                    } catch (AtomicMoveNotSupportedException e) {
                        throw new IllegalStateException("the evidence folder " + root + " cannot move files atomically", e);
                    }
                    forceFolder(target.getParent());
                }
                committed = true;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            if (!committed) {
                deleteQuietly(temp);
            }
        }
    }
}
