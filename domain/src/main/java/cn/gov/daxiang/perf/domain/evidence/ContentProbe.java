package cn.gov.daxiang.perf.domain.evidence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;

/**
 * What content detection may look at: the first bytes and, for a ZIP container, the names of its entries. A store
 * answers it from the staged file without reading the content into memory; {@link #of(byte[])} answers it from
 * bytes at hand (tests, small content).
 */
public interface ContentProbe {

    /** How many leading bytes detection needs at most. */
    int HEAD_LENGTH = 16;

    /** The first {@link #HEAD_LENGTH} bytes, fewer when the content is shorter. */
    byte[] head();

    /** The entry names when the content is a readable ZIP archive, else empty. */
    Optional<List<String>> zipEntryNames();

    static ContentProbe of(byte[] content) {
        return new ContentProbe() {
            @Override
            public byte[] head() {
                return Arrays.copyOf(content, Math.min(content.length, HEAD_LENGTH));
            }

            @Override
            public Optional<List<String>> zipEntryNames() {
                List<String> names = new ArrayList<>();
                try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(content))) {
                    for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                        names.add(entry.getName());
                    }
                } catch (ZipException | IllegalArgumentException notAZip) {
                    return names.isEmpty() ? Optional.empty() : Optional.of(names);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                return names.isEmpty() ? Optional.empty() : Optional.of(names);
            }
        };
    }
}
