package cn.gov.daxiang.perf.adapter.rest.security;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URLConnection;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;

/**
 * Reads a key location the way the JWT layer (SmallRye JWT's ResourceUtils) resolves it: {@code http(s):} URLs,
 * {@code file:} paths, {@code classpath:} resources, and anything else as a file path, then a classpath resource,
 * then a URL. Remote reads are bounded by a timeout; anything unreadable is empty, never an exception.
 */
final class KeyLocations {

    /** A key file is a few kB; a JWK set of many keys tens of kB. More is not a key. */
    private static final int MAX_BYTES = 1 << 20;

    private KeyLocations() {
    }

    static Optional<byte[]> read(String location, Duration timeout) {
        String trimmed = location.strip();
        if (trimmed.isEmpty()) {
            return Optional.empty();
        }
        if (trimmed.startsWith("http")) {
            return http(trimmed, timeout);
        }
        if (trimmed.startsWith("file:")) {
            return file(trimmed.substring("file:".length()));
        }
        if (trimmed.startsWith("classpath:")) {
            return classpath(trimmed.substring("classpath:".length()));
        }
        return file(trimmed).or(() -> classpath(trimmed)).or(() -> url(trimmed, timeout));
    }

    private static Optional<byte[]> http(String location, Duration timeout) {
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NORMAL).build();
            HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(URI.create(location)).timeout(timeout).GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = response.body()) {
                return response.statusCode() == 200 ? Optional.of(bounded(body)) : Optional.empty();
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static Optional<byte[]> file(String path) {
        try {
            Path file = Path.of(path);
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> classpath(String resource) {
        String name = resource.startsWith("/") ? resource.substring(1) : resource;
        ClassLoader loader = Optional.ofNullable(Thread.currentThread().getContextClassLoader()).orElse(KeyLocations.class.getClassLoader());
        try (InputStream in = loader.getResourceAsStream(name)) {
            return in == null ? Optional.empty() : Optional.of(bounded(in));
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static Optional<byte[]> url(String location, Duration timeout) {
        try {
            URLConnection connection = URI.create(location).toURL().openConnection();
            connection.setConnectTimeout((int) timeout.toMillis());
            connection.setReadTimeout((int) timeout.toMillis());
            try (InputStream in = connection.getInputStream()) {
                return Optional.of(bounded(in));
            }
        } catch (IOException | RuntimeException unreadable) {
            return Optional.empty();
        }
    }

    private static byte[] bounded(InputStream in) throws IOException {
        byte[] content = in.readNBytes(MAX_BYTES + 1);
        if (content.length > MAX_BYTES) {
            throw new IOException("more than " + MAX_BYTES + " bytes: not a key");
        }
        return content;
    }
}
