package cn.gov.daxiang.perf.adapter.rest.security;

import cn.gov.daxiang.perf.adapter.rest.security.RsaKeyMaterial.RsaKey;
import io.smallrye.jwt.util.KeyUtils;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.interfaces.RSAPrivateCrtKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.Enumeration;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No production artifact carries a demo private key — not the one built for the integration tests in the same Maven
 * run as the embedded default (target/production-it), nor a {@code -Pproduction} build left in target/production.
 * Every file is opened (every entry of every jar: lib/, app/, quarkus/) and judged by its content, not its name:
 * <ul>
 *   <li>the demo private key's secret material (private exponent, primes) in binary, base64 or base64url form, and
 *   any PEM or JWK private key whose public half is the demo key, fail the test wherever they are;</li>
 *   <li>any other PEM or JWK private key fails it in our own jars (app/, quarkus/) and is listed when a third-party
 *   library carries one (jose4j, for one, embeds a published secp256k1 test vector).</li>
 * </ul>
 */
class ProductionArtifactsIT {

    private static final List<Path> PRODUCTION_BUILDS = List.of(Path.of("target", "production-it"), Path.of("target", "production"));
    /** An armoured private key with a body, not just the marker string a PEM parser's class file holds. */
    private static final Pattern PEM_PRIVATE_KEY = Pattern.compile(
            "-----BEGIN ([A-Z0-9 ]*PRIVATE KEY)-----([A-Za-z0-9+/=\\s:,.-]{64,}?)-----END \\1-----");
    /** A JSON object with a private-key member (d, or an RSA prime) long enough to be key material. */
    private static final Pattern JWK_PRIVATE_KEY = Pattern.compile(
            "\\{[^{}]*\"(?:d|p|q)\"\\s*:\\s*\"[A-Za-z0-9_-]{16,}\"[^{}]*}");

    /** @param material the key text found, to recognise a copy of a third-party library's constant elsewhere */
    private record Finding(String where, boolean demo, boolean thirdParty, String what, String material) {
        Finding(String where, boolean demo, boolean thirdParty, String what) {
            this(where, demo, thirdParty, what, "");
        }

        Finding asCopyOfThirdParty() {
            return new Finding(where, demo, true, what + ", a copy of a third-party library's constant", material);
        }
    }

    @Test
    void noProductionArtifactContainsADemoPrivateKey() throws Exception {
        assertThat(PRODUCTION_BUILDS.get(0)).as("the production build for the integration tests").isDirectory();
        Demo demo = Demo.load();
        List<Finding> findings = new ArrayList<>();
        int builds = 0;
        long files = 0;
        long entries = 0;
        for (Path build : PRODUCTION_BUILDS) {
            if (!Files.isDirectory(build)) {
                System.out.printf("[figures] %s: not present (made by ./mvnw package -Pproduction)%n", build);
                continue;
            }
            builds++;
            List<Path> all;
            try (Stream<Path> walk = Files.walk(build)) {
                all = walk.filter(Files::isRegularFile).sorted().toList();
            }
            for (Path file : all) {
                files++;
                boolean thirdParty = build.relativize(file).startsWith("lib");
                if (file.toString().endsWith(".jar")) {
                    int checked = 0;
                    try (ZipFile jar = new ZipFile(file.toFile())) {
                        for (Enumeration<? extends ZipEntry> e = jar.entries(); e.hasMoreElements(); ) {
                            ZipEntry entry = e.nextElement();
                            if (entry.isDirectory()) {
                                continue;
                            }
                            checked++;
                            try (InputStream in = jar.getInputStream(entry)) {
                                judge(file + "!/" + entry.getName(), thirdParty, in.readAllBytes(), demo, findings);
                            }
                        }
                    }
                    entries += checked;
                    System.out.printf("[figures] checked %s: %d entries%n", file, checked);
                } else {
                    judge(file.toString(), thirdParty, Files.readAllBytes(file), demo, findings);
                    System.out.printf("[figures] checked %s (not a jar, whole content)%n", file);
                }
            }
        }
        // The class-data-sharing archive (app-cds.jsa) holds the string constants of the classes loaded at start, the
        // libraries' among them: a key text found there that a third-party jar carries too is that jar's, not ours.
        Set<String> thirdPartyMaterial = findings.stream().filter(f -> f.thirdParty() && !f.material().isEmpty())
                .map(Finding::material).collect(Collectors.toSet());
        findings.replaceAll(f -> !f.thirdParty() && !f.demo() && f.where().endsWith(".jsa") && thirdPartyMaterial.contains(f.material())
                ? f.asCopyOfThirdParty() : f);
        findings.forEach(f -> System.out.printf("[figures] private key found: %s — %s%s%n", f.where(), f.what(),
                f.demo() ? " (THE DEMO KEY)" : f.thirdParty() ? " (not the demo key; a third-party library's)" : ""));
        System.out.printf("[figures] production artifacts: %d builds, %d files, %d jar entries checked, %d demo private keys, "
                        + "%d other private keys (all in third-party libraries: %b)%n", builds, files, entries,
                findings.stream().filter(Finding::demo).count(), findings.stream().filter(f -> !f.demo()).count(),
                findings.stream().filter(f -> !f.demo()).allMatch(Finding::thirdParty));

        assertThat(findings).as("the demo private key in production artifacts").noneMatch(Finding::demo);
        assertThat(findings).as("private keys in our own production jars").allMatch(Finding::thirdParty);
    }

    /** Production never loads sample data; a stale target/classes must not smuggle the sample district in either. */
    @Test
    void noProductionArtifactCarriesTheSampleDistrict() throws Exception {
        List<String> found = new ArrayList<>();
        for (Path build : PRODUCTION_BUILDS) {
            if (!Files.isDirectory(build)) {
                continue;
            }
            List<Path> jars;
            try (Stream<Path> walk = Files.walk(build)) {
                jars = walk.filter(p -> p.toString().endsWith(".jar") && !build.relativize(p).startsWith("lib")).toList();
            }
            for (Path jar : jars) {
                try (ZipFile zip = new ZipFile(jar.toFile())) {
                    zip.stream().filter(e -> e.getName().startsWith("sample-district/") && !e.isDirectory())
                            .forEach(e -> found.add(jar + "!/" + e.getName()));
                }
            }
        }
        assertThat(found).as("sample data in production artifacts").isEmpty();
    }

    @Test
    void theCheckFindsTheDemoPrivateKeyWhereverItIs() throws Exception {
        Demo demo = Demo.load();
        byte[] pem;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(TestTokens.DEMO_PRIVATE_KEY)) {
            pem = in.readAllBytes();
        }
        String pemText = new String(pem, StandardCharsets.US_ASCII);
        List<Finding> findings = new ArrayList<>();
        judge("the PEM file", false, pem, demo, findings);
        judge("the PEM in a renamed file inside a text", false, ("notes\n" + pemText + "\nmore").getBytes(StandardCharsets.US_ASCII), demo, findings);
        judge("the PEM body without its armour", false, pemText.replaceAll("-----[A-Z ]+-----", "").getBytes(StandardCharsets.US_ASCII),
                demo, findings);
        judge("the PKCS#8 DER as bytes", false, demo.key.getEncoded(), demo, findings);
        judge("a JWK of it", false, ("{\"kty\":\"RSA\",\"n\":\"" + base64Url(demo.key.getModulus()) + "\",\"e\":\"AQAB\",\"d\":\""
                + base64Url(demo.key.getPrivateExponent()) + "\"}").getBytes(StandardCharsets.US_ASCII), demo, findings);
        judge("another key's JWK", true, "{\"kty\":\"EC\",\"crv\":\"P-256\",\"d\":\"Vd99BKh6pxt3mXSDJzHuVrCq52xBXAKVahbuFb6dqBc\"}"
                .getBytes(StandardCharsets.US_ASCII), demo, findings);
        judge("a PEM parser's marker string", false, "-----BEGIN PRIVATE KEY-----".getBytes(StandardCharsets.US_ASCII), demo, findings);
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DemoKeyGuard.DEMO_PUBLIC_KEY)) {
            judge("the demo public key", false, in.readAllBytes(), demo, findings);
        }

        assertThat(findings).extracting(Finding::where).containsExactly("the PEM file", "the PEM in a renamed file inside a text",
                "the PEM body without its armour", "the PKCS#8 DER as bytes", "a JWK of it", "another key's JWK");
        assertThat(findings.subList(0, 5)).allMatch(Finding::demo);
        assertThat(findings.get(5).demo()).isFalse();
    }

    private static void judge(String where, boolean thirdParty, byte[] content, Demo demo, List<Finding> findings) {
        String text = new String(content, StandardCharsets.ISO_8859_1);
        Matcher pem = PEM_PRIVATE_KEY.matcher(text);
        if (pem.find()) {
            findings.add(new Finding(where, demo.isIn(content) || RsaKeyMaterial.keysIn(pem.group()).contains(demo.publicHalf), thirdParty,
                    "a PEM " + pem.group(1), pem.group()));
            return;
        }
        Matcher jwk = text.contains("\"kty\"") ? JWK_PRIVATE_KEY.matcher(text) : null;
        if (jwk != null && jwk.find() && jwk.group().contains("\"kty\"")) {
            findings.add(new Finding(where, demo.isIn(content) || RsaKeyMaterial.keysIn(jwk.group()).contains(demo.publicHalf), thirdParty,
                    "a JWK private key", jwk.group()));
            return;
        }
        if (demo.isIn(content)) {
            findings.add(new Finding(where, true, thirdParty, "the demo private key's material"));
        }
    }

    private static String base64Url(BigInteger value) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(unsigned(value));
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    /** The demo private key (from the test classpath) and its secret material as it would appear in any encoding. */
    private record Demo(RSAPrivateCrtKey key, RsaKey publicHalf, List<byte[]> secretMaterial) {

        static Demo load() throws Exception {
            RSAPrivateCrtKey key = (RSAPrivateCrtKey) KeyUtils.readPrivateKey(TestTokens.DEMO_PRIVATE_KEY);
            List<byte[]> material = new ArrayList<>();
            for (BigInteger secret : List.of(key.getPrivateExponent(), key.getPrimeP(), key.getPrimeQ())) {
                material.add(unsigned(secret));
                material.add(base64Url(secret).substring(0, 40).getBytes(StandardCharsets.US_ASCII));
            }
            // Pieces of the PKCS#8 base64 past the modulus (inside lines 8, 14 and 20 of the PEM body), found with or
            // without the PEM's line breaks.
            String body = Base64.getEncoder().encodeToString(key.getEncoded());
            for (int line : new int[] {8, 14, 20}) {
                material.add(body.substring(line * 64 + 8, line * 64 + 56).getBytes(StandardCharsets.US_ASCII));
            }
            return new Demo(key, new RsaKey(key.getModulus(), key.getPublicExponent()), material);
        }

        boolean isIn(byte[] content) {
            return secretMaterial.stream().anyMatch(m -> indexOf(content, m) >= 0);
        }

        private static int indexOf(byte[] haystack, byte[] needle) {
            outer:
            for (int i = 0; i <= haystack.length - needle.length; i++) {
                for (int j = 0; j < needle.length; j++) {
                    if (haystack[i + j] != needle[j]) {
                        continue outer;
                    }
                }
                return i;
            }
            return -1;
        }
    }
}
