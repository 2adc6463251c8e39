package cn.gov.daxiang.perf.adapter.rest.shared;

import jakarta.ws.rs.core.Response;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** How the standard tables leave the service: .xlsx with a Chinese file name that every browser keeps. */
public final class Spreadsheets {

    public static final String MEDIA_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private Spreadsheets() {
    }

    public static Response attachment(byte[] workbook, String filename) {
        return Response.ok(workbook, MEDIA_TYPE)
                .header("Content-Disposition", "attachment; filename*=UTF-8''" + URLEncoder.encode(filename, StandardCharsets.UTF_8).replace("+", "%20"))
                .build();
    }
}
