package cn.gov.daxiang.perf.domain.evidence;

/** The kinds of content accepted as evidence, each decided from the bytes (see {@link EvidenceContentTypes}). */
public enum EvidenceContentType {
    PDF("application/pdf"),
    PNG("image/png"),
    JPEG("image/jpeg"),
    GIF("image/gif"),
    WEBP("image/webp"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document");

    private final String mediaType;

    EvidenceContentType(String mediaType) {
        this.mediaType = mediaType;
    }

    /** The media type downloads are served with. */
    public String mediaType() {
        return mediaType;
    }

    public static EvidenceContentType ofMediaType(String mediaType) {
        for (EvidenceContentType type : values()) {
            if (type.mediaType.equals(mediaType)) {
                return type;
            }
        }
        throw new IllegalArgumentException("not an evidence content type: " + mediaType);
    }
}
