package cn.gov.daxiang.perf.adapter.rest.evidence;

import cn.gov.daxiang.perf.adapter.rest.security.RequestActor;
import cn.gov.daxiang.perf.adapter.rest.shared.Fields;
import cn.gov.daxiang.perf.adapter.rest.shared.Params;
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
import java.util.function.Function;

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

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "Attach a file to an object (the owner's unit, its department, finance)",
            description = "Form fields ownerType (GOAL, MONITORING_REPORT, SELF_EVALUATION), ownerId, purpose (SUPPORTING, AGENCY_REPORT, "
                    + "SCORE_SHEET, OTHER) and file. The type is decided from the content: PDF, PNG, JPEG, GIF, WebP, .xlsx, .docx "
                    + "(415 otherwise); at most perf.evidence.max-size (413); the same owner, purpose and name again is the next version.")
    public Response attach(@RestForm String ownerType, @RestForm String ownerId, @RestForm String purpose,
                           @RestForm(FILE) List<FileUpload> files, @Context UriInfo uri) {
        Params params = new Params();
        EvidenceOwnerType type = required(params, "ownerType", ownerType, t -> Fields.code("ownerType", t, EvidenceOwnerType.class));
        String id = required(params, "ownerId", ownerId, Function.identity());
        EvidencePurpose kind = required(params, "purpose", purpose, t -> Fields.code("purpose", t, EvidencePurpose.class));
        List<FileUpload> given = files == null ? List.of() : files;
        if (given.isEmpty()) {
            required(params, FILE, null, Function.identity());
        } else if (given.size() > 1) {
            params.optional(FILE, "several", t -> {
                throw new InvalidValueException(FILE, "EVIDENCE_ONE_FILE_PER_UPLOAD", Map.of("count", given.size()));
            });
        }
        EvidenceOwner owner = type == null || id == null ? null : params.optional("ownerId", id, text -> EvidenceOwner.of(type, text));
        params.requireValid();
        FileUpload upload = given.get(0);
        EvidenceFile file;
        try (InputStream content = Files.newInputStream(upload.uploadedFile())) {
            file = attach.attachEvidenceFile(requestActor.actor(), new AttachEvidenceFileCommand(owner, kind, upload.fileName(), content));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Response.created(uri.getAbsolutePathBuilder().path(file.getId().toString()).build())
                .type(MediaType.APPLICATION_JSON_TYPE).entity(toResponse(file, uri)).build();
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "The files of an object the caller may see: the latest version of each, or every version")
    public Response list(@Parameter(description = "GOAL, MONITORING_REPORT or SELF_EVALUATION") @QueryParam("ownerType") String ownerType,
                         @Parameter(description = "The owner's id") @QueryParam("ownerId") String ownerId,
                         @Parameter(description = "true for every version of every file") @QueryParam("allVersions") String allVersions,
                         @Context UriInfo uri) {
        Params params = new Params();
        EvidenceOwnerType type = required(params, "ownerType", ownerType, t -> Fields.code("ownerType", t, EvidenceOwnerType.class));
        String id = required(params, "ownerId", ownerId, Function.identity());
        Boolean every = params.bool("allVersions", allVersions);
        EvidenceOwner owner = type == null || id == null ? null : params.optional("ownerId", id, text -> EvidenceOwner.of(type, text));
        params.requireValid();
        boolean all = Boolean.TRUE.equals(every);
        List<EvidenceFileResponse> items = list.listEvidenceFiles(requestActor.actor(), owner, all).stream().map(f -> toResponse(f, uri)).toList();
        return Response.ok(new EvidenceFileListResponse(new EvidenceFileResponse.OwnerResponse(owner.type().name(), owner.id()), all, items)).build();
    }

    @GET
    @Path("/{id}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "One version's metadata")
    public Response find(@PathParam("id") String id, @Context UriInfo uri) {
        return Response.ok(toResponse(find.findEvidenceFile(requestActor.actor(), fileId(id)), uri)).build();
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download one version",
            description = "Served with the type decided from its content, as an attachment (filename* in UTF-8), nosniff, the SHA-256 as "
                    + "strong ETag and as Repr-Digest; If-None-Match with that ETag answers 304. Like every answer under /api/, "
                    + "Cache-Control: no-store and a Content-Security-Policy of default-src 'none' (HttpEdge).")
    public Response content(@PathParam("id") String id, @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        EvidenceFileId fileId = fileId(id);
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
        return new EvidenceFileResponse(file.getId().toString(),
                new EvidenceFileResponse.OwnerResponse(file.getOwner().type().name(), file.getOwner().id()), file.getPurpose().name(),
                file.getPurpose().label(), file.getFileName().value(), file.getContentType().mediaType(), file.getSize(), file.getSha256().hex(),
                file.getVersion(), file.getUploadedBy().value(), file.getUploadedAt(),
                uri.getBaseUriBuilder().path("api/v1/evidence-files").path(file.getId().toString()).path("content").build().getPath());
    }

    /** The parsed value; a blank or absent one is recorded as missing (the request is refused naming every such field). */
    private static <T> T required(Params params, String name, String raw, Function<String, T> parser) {
        if (raw == null || raw.isBlank()) {
            params.optional(name, "missing", text -> {
                throw Fields.missing(name);
            });
            return null;
        }
        return params.optional(name, raw, parser);
    }

    private static EvidenceFileId fileId(String id) {
        return Params.required("id", id, EvidenceFileId::parse);
    }
}
