package cn.gov.daxiang.perf.domain.evidence;

import cn.gov.daxiang.perf.domain.shared.InvalidValueException;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A file's name as kept and offered on download: the last part of what the client sent (no folders), in Unicode NFC,
 * without control or invisible formatting characters (a right-to-left override can make "报告‮fdp.exe" read as
 * "报告exe.pdf"), with the characters Windows forbids in names replaced by '_', without leading dots or trailing dots
 * and blanks, and at most {@value #MAX_LENGTH} characters (the extension kept when a longer name is shortened).
 * Chinese and every other script are kept as they are.
 */
public record EvidenceFileName(String value) {

    public static final int MAX_LENGTH = 200;
    /** An extension longer than this is not kept apart when a name is shortened. */
    private static final int MAX_EXTENSION_LENGTH = 16;
    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}\\p{Cs}\\p{Co}\\p{Cn}]");
    private static final Pattern RESERVED = Pattern.compile("[<>:\"|?*]");
    private static final Pattern LEADING = Pattern.compile("^[\\s\\p{Z}.]+");
    private static final Pattern TRAILING = Pattern.compile("[\\s\\p{Z}.]+$");

    public EvidenceFileName {
        if (value == null || value.isBlank() || value.codePointCount(0, value.length()) > MAX_LENGTH
                || !value.equals(clean(value))) {
            throw new InvalidValueException("fileName", "EVIDENCE_FILE_NAME_INVALID", Map.of("value", String.valueOf(value)));
        }
    }

    /** The name to keep for what a client sent; refuses a name with nothing left (blank, only dots, only a folder). */
    public static EvidenceFileName sanitise(String sent) {
        String name = sent == null ? "" : clean(sent);
        if (name.isEmpty()) {
            throw new InvalidValueException("fileName", "EVIDENCE_FILE_NAME_REQUIRED", Map.of());
        }
        return new EvidenceFileName(shorten(name));
    }

    private static String clean(String sent) {
        String name = Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = INVISIBLE.matcher(name).replaceAll("");
        int slash = Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\'));
        name = name.substring(slash + 1);
        name = RESERVED.matcher(name).replaceAll("_");
        name = LEADING.matcher(name).replaceAll("");
        return TRAILING.matcher(name).replaceAll("");
    }

    private static String shorten(String name) {
        int length = name.codePointCount(0, name.length());
        if (length <= MAX_LENGTH) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION_LENGTH + 1 ? name.substring(dot) : "";
        String stem = name.substring(0, name.length() - extension.length());
        int keep = MAX_LENGTH - extension.codePointCount(0, extension.length());
        String shortened = stem.substring(0, stem.offsetByCodePoints(0, keep));
        return TRAILING.matcher(shortened).replaceAll("") + extension;
    }

    /** The extension after the last dot, lower case, or "" when there is none. */
    public String extension() {
        int dot = value.lastIndexOf('.');
        return dot < 0 ? "" : value.substring(dot + 1).toLowerCase(java.util.Locale.ROOT);
    }

    @Override
    public String toString() {
        return value;
    }
}
