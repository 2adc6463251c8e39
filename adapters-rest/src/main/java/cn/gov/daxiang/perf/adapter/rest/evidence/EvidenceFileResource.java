package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.application.port.in.evidence.AttachEvidenceFileCommand;
import cn.gov.daxiang.perf.application.port.in.evidence.AttachEvidenceFileUseCase;
import cn.gov.daxiang.perf.application.port.in.evidence.EvidenceContent;
import cn.gov.daxiang.perf.application.port.in.evidence.FindEvidenceFileQuery;
import cn.gov.daxiang.perf.application.port.in.evidence.ListEvidenceFilesQuery;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFile;
import cn.gov.daxiang.perf.domain.evidence.EvidenceFileId;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwner;
import cn.gov.daxiang.perf.domain.evidence.EvidenceOwnerType;
import cn.gov.daxiang.perf.domain.evidence.EvidencePurpose;
import cn.gov.daxiang.perf.domain.shared.InvalidValueException;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse.ResponseBuilder;
import org.jboss.resteasy.reactive.RestResponse;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotBlank;
import cn.gov.daxiang.perf.domain.shared.Labelled;
import cn.gov.daxiang.perf.adapter.rest.shared.Coded;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Evidence files (佐证材料) of goals, monitoring reports and self-evaluations (key evaluations and ex-ante assessments
 * once their owners join): uploaded as multipart/form-data, typed by their content, kept in every version, listed
 * and downloaded by whoever may see the owner. A foreign unit's owner is "not found" for upload, list and download.
 */
@Path("/api/v1/evidence-files")
@Authenticated
@Tag(name = "Evidence files", description = "佐证材料: upload (multipart), list, metadata, download")
public class EvidenceFileResource {

    /** The form field of the file. */
    static final String FILE = "file";

    private final AttachEvidenceFileUseCase attach;
    private final ListEvidenceFilesQuery list;
    private final FindEvidenceFileQuery find;
    private final RequestActor requestActor;

    @Inject
    public EvidenceFileResource(AttachEvidenceFileUseCase attach, ListEvidenceFilesQuery list, FindEvidenceFileQuery find,
                                RequestActor requestActor) {
        this.attach = attach;
        this.list = list;
        this.find = find;
        this.requestActor = requestActor;
    }

    /**
     * The upload form as the document shows it (multipart/form-data stays multipart: a file is not JSON). The method
     * takes the parts one by one; this record only describes them.
     */
    @Schema(name = "EvidenceUploadForm", requiredProperties = {"ownerType", "ownerId", "purpose", "file"})
    public record UploadForm(
            @Schema(description = "GOAL, MONITORING_REPORT, SELF_EVALUATION, KEY_EVALUATION, PRE_ASSESSMENT or RECTIFICATION; the label is taken too",
                    enumeration = {"GOAL", "MONITORING_REPORT", "SELF_EVALUATION", "KEY_EVALUATION", "PRE_ASSESSMENT", "RECTIFICATION"},
                    example = "RECTIFICATION") String ownerType,
            @Schema(description = "The owner's id", example = "3f1c2a4e-8b7d-4e0a-9c55-2d1b6f7a9e10") String ownerId,
            @Schema(description = "SUPPORTING, AGENCY_REPORT, SCORE_SHEET or OTHER; the label is taken too",
                    enumeration = {"SUPPORTING", "AGENCY_REPORT", "SCORE_SHEET", "OTHER"}, example = "SUPPORTING") String purpose,
            @Schema(type = SchemaType.STRING, format = "binary", description = "Exactly one file: PDF, PNG, JPEG, GIF, WebP, .xlsx or .docx") String file) {
    }

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "attachEvidenceFile", summary = "Attach a file to an object (the owner's unit, its department, finance)",
            description = "multipart/form-data with the parts ownerType, ownerId, purpose and file (see EvidenceUploadForm). The type is decided "
                    + "from the content: PDF, PNG, JPEG, GIF, WebP, .xlsx, .docx (415 otherwise); at most perf.evidence.max-size (413); the "
                    + "same owner, purpose and name again is the next version. Every missing part is named at once (400).")
    @RequestBody(required = true, content = @Content(mediaType = MediaType.MULTIPART_FORM_DATA, schema = @Schema(implementation = UploadForm.class)))
    @APIResponse(responseCode = "201", description = "Attached; Location names the version",
            headers = @Header(name = HttpHeaders.LOCATION, schema = @Schema(type = SchemaType.STRING, format = "uri")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = EvidenceFileResponse.class)))
    public RestResponse<EvidenceFileResponse> attach(@RestForm @NotBlank String ownerType, @RestForm @NotBlank @Size(max = 100) String ownerId,
                                                     @RestForm @NotBlank String purpose, @RestForm(FILE) @NotEmpty List<FileUpload> file,
                                                     @Context UriInfo uri) {
        if (file.size() > 1) {
            throw new InvalidValueException(FILE, "EVIDENCE_ONE_FILE_PER_UPLOAD", Map.of("count", file.size()));
        }
        EvidenceOwner owner = owner(Labelled.parse(EvidenceOwnerType.class, "ownerType", ownerType), ownerId);
        EvidencePurpose kind = Labelled.parse(EvidencePurpose.class, "purpose", purpose);
        FileUpload upload = file.get(0);
        EvidenceFile attached;
        try (InputStream content = Files.newInputStream(upload.uploadedFile())) {
            attached = attach.attachEvidenceFile(requestActor.actor(), new AttachEvidenceFileCommand(owner, kind, upload.fileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ResponseBuilder.<EvidenceFileResponse>created(uri.getAbsolutePathBuilder().path(attached.getId().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(toResponse(attached, uri)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listEvidenceFiles", summary = "The files of an object the caller may see: the latest version of each, or every version")
    public EvidenceFileListResponse list(
            @Parameter(description = "GOAL, MONITORING_REPORT, SELF_EVALUATION, KEY_EVALUATION, PRE_ASSESSMENT or RECTIFICATION, or the label", required = true)
            @QueryParam("ownerType") @NotNull EvidenceOwnerType ownerType,
            @Parameter(description = "The owner's id", required = true) @QueryParam("ownerId") @NotBlank @Size(max = 100) String ownerId,
            @Parameter(description = "true for every version of every file") @QueryParam("allVersions") Boolean allVersions,
            @Context UriInfo uri) {
        EvidenceOwner owner = owner(ownerType, ownerId);
        boolean all = Boolean.TRUE.equals(allVersions);
        List<EvidenceFileResponse> items = list.listEvidenceFiles(requestActor.actor(), owner, all).stream().map(f -> toResponse(f, uri)).toList();
        return new EvidenceFileListResponse(owner(owner), all, items);
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getEvidenceFile", summary = "One version's metadata")
    public EvidenceFileResponse find(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull EvidenceFileId id,
                                     @Context UriInfo uri) {
        return toResponse(find.findEvidenceFile(requestActor.actor(), id), uri);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(operationId = "downloadEvidenceFile", summary = "Download one version",
            description = "Served with the type decided from its content, as an attachment (filename* in UTF-8), nosniff, the SHA-256 as "
                    + "strong ETag and as Repr-Digest; If-None-Match with that ETag answers 304. Like every answer under /api/, "
                    + "Cache-Control: no-store and a Content-Security-Policy of default-src 'none' (HttpEdge).")
    @APIResponse(responseCode = "200", description = "The content, with the type decided from it",
            content = @Content(mediaType = MediaType.APPLICATION_OCTET_STREAM, schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "304", description = "If-None-Match named this version's ETag")
    public Response content(@Parameter(schema = @Schema(type = SchemaType.STRING, format = "uuid")) @PathParam("id") @NotNull EvidenceFileId fileId,
                            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        EvidenceFile file = find.findEvidenceFile(requestActor.actor(), fileId);
        EntityTag etag = new EntityTag(file.getSha256().hex());
        if (ifNoneMatch != null && (ifNoneMatch.strip().equals("*") || List.of(ifNoneMatch.split(",")).stream()
                .map(String::strip).anyMatch(t -> t.equals("\"" + etag.getValue() + "\"") || t.equals("W/\"" + etag.getValue() + "\"")))) {
            return Response.notModified(etag).header("X-Content-Type-Options", "nosniff").build();
        }
        EvidenceContent content = find.openEvidenceContent(requestActor.actor(), fileId);
        return Response.ok(content.content(), file.getContentType().mediaType())
                .tag(etag)
                .header(HttpHeaders.CONTENT_LENGTH, file.getSize())
                .header("Content-Disposition", ContentDisposition.attachment(file.getFileName().value()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Repr-Digest", "sha-256=:" + Base64.getEncoder().encodeToString(file.getSha256().bytes()) + ":")
                .build();
    }

    private static EvidenceFileResponse toResponse(EvidenceFile file, UriInfo uri) {
        return new EvidenceFileResponse(file.getId().toString(), owner(file.getOwner()), Coded.of(file.getPurpose()), file.getFileName().value(),
                file.getContentType().mediaType(), file.getSize(), file.getSha256().hex(), file.getVersion(), file.getUploadedBy().value(),
                file.getUploadedAt(), uri.getBaseUriBuilder().path("api/v1/evidence-files").path(file.getId().toString()).path("content").build().getPath());
    }

    private static EvidenceFileResponse.OwnerResponse owner(EvidenceOwner owner) {
        return new EvidenceFileResponse.OwnerResponse(Coded.of(owner.type()), owner.id());
    }

    /** The owner; an id the owner type refuses is named as ownerId. */
    private static EvidenceOwner owner(EvidenceOwnerType type, String id) {
        try {
            return EvidenceOwner.of(type, id);
        } catch (InvalidValueException e) {
            throw e.forField("ownerId");
        }
    }
}
