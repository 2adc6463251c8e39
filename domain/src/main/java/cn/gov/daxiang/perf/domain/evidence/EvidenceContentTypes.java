package cn.gov.daxiang.perf.domain.evidence;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Decides what a file is from its content, never from its name or from what the client declared: an executable
 * renamed 报告.pdf is an executable. Accepted: PDF ({@code %PDF-}), PNG, JPEG, GIF and WebP images by their
 * signatures, and Office Open XML workbooks and documents: ZIP archives holding {@code [Content_Types].xml} and
 * {@code xl/workbook.xml} (.xlsx) or {@code word/document.xml} (.docx) and no VBA project. Everything else is
 * refused naming what was found: an executable (MZ, ELF, Mach-O), a plain ZIP, a Java archive, a macro-enabled
 * workbook or document (.xlsm, .docm), or unknown content.
 */
public final class EvidenceContentTypes {

    /** What the refusal names as accepted. */
    public static final String ACCEPTED = "PDF, PNG, JPEG, GIF, WebP, .xlsx, .docx";

    private EvidenceContentTypes() {
    }

    /** The content's type; refuses ({@link EvidenceContentRefusedException}) anything not accepted as evidence. */
    public static EvidenceContentType detect(ContentProbe probe) {
        byte[] head = probe.head();
        if (head.length == 0) {
            throw new EvidenceContentRefusedException("empty");
        }
        if (startsWith(head, "%PDF-")) {
            return EvidenceContentType.PDF;
        }
        if (startsWith(head, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return EvidenceContentType.PNG;
        }
        if (startsWith(head, 0xFF, 0xD8, 0xFF)) {
            return EvidenceContentType.JPEG;
        }
        if (startsWith(head, "GIF87a") || startsWith(head, "GIF89a")) {
            return EvidenceContentType.GIF;
        }
        if (startsWith(head, "RIFF") && head.length >= 12 && new String(head, 8, 4, StandardCharsets.ISO_8859_1).equals("WEBP")) {
            return EvidenceContentType.WEBP;
        }
        if (startsWith(head, 'P', 'K', 0x03, 0x04)) {
            return officeDocument(probe.zipEntryNames());
        }
        throw new EvidenceContentRefusedException(describe(head));
    }

    private static EvidenceContentType officeDocument(Optional<List<String>> entries) {
        if (entries.isEmpty()) {
            throw new EvidenceContentRefusedException("damaged ZIP archive");
        }
        List<String> names = entries.get().stream().map(n -> n.toLowerCase(Locale.ROOT)).toList();
        boolean typed = names.contains("[content_types].xml");
        boolean workbook = names.contains("xl/workbook.xml");
        boolean document = names.contains("word/document.xml");
        boolean macros = names.stream().anyMatch(n -> n.endsWith("vbaproject.bin"));
        if (typed && workbook && !document) {
            if (macros) {
                throw new EvidenceContentRefusedException("macro-enabled Excel workbook (.xlsm)");
            }
            return EvidenceContentType.XLSX;
        }
        if (typed && document && !workbook) {
            if (macros) {
                throw new EvidenceContentRefusedException("macro-enabled Word document (.docm)");
            }
            return EvidenceContentType.DOCX;
        }
        if (typed) {
            return refuse("Office Open XML package that is neither a workbook nor a document");
        }
        if (names.contains("meta-inf/manifest.mf") || names.stream().anyMatch(n -> n.endsWith(".class"))) {
            return refuse("Java archive (JAR)");
        }
        return refuse("ZIP archive");
    }

    private static EvidenceContentType refuse(String detected) {
        throw new EvidenceContentRefusedException(detected);
    }

    private static String describe(byte[] head) {
        if (startsWith(head, 'M', 'Z')) {
            return "Windows executable (MZ)";
        }
        if (startsWith(head, 0x7F, 'E', 'L', 'F')) {
            return "ELF executable";
        }
        if (startsWith(head, 0xCA, 0xFE, 0xBA, 0xBE)) {
            return "Mach-O universal binary or Java class";
        }
        if (startsWith(head, 0xFE, 0xED, 0xFA, 0xCE) || startsWith(head, 0xFE, 0xED, 0xFA, 0xCF)
                || startsWith(head, 0xCE, 0xFA, 0xED, 0xFE) || startsWith(head, 0xCF, 0xFA, 0xED, 0xFE)) {
            return "Mach-O executable";
        }
        if (startsWith(head, '#', '!')) {
            return "script (#!)";
        }
        if (startsWith(head, 0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1)) {
            return "legacy Office file (.doc/.xls, OLE2)";
        }
        if (startsWith(head, 'R', 'a', 'r', '!') || startsWith(head, '7', 'z', 0xBC, 0xAF) || startsWith(head, 0x1F, 0x8B)) {
            return "compressed archive (RAR, 7z or gzip)";
        }
        return "unknown content";
    }

    private static boolean startsWith(byte[] head, String prefix) {
        return startsWith(head, prefix.chars().toArray());
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
