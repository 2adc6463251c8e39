package cn.gov.daxiang.perf.adapter.rest.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Key;
import java.security.KeyFactory;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The RSA keys in a key file or value, identified by what makes them the same key: modulus and public exponent.
 * Whatever the encoding — PEM (X.509 SubjectPublicKeyInfo, PKCS#1, PKCS#8, certificate), bare base64 or binary DER,
 * a JWK or a JWK set (also base64url-encoded, as the JWT layer accepts it) — the same key gives the same {@link RsaKey}.
 * Private keys count too: their modulus and public exponent name the key pair.
 */
final class RsaKeyMaterial {

    /** One RSA key pair's public half. */
    record RsaKey(BigInteger modulus, BigInteger exponent) {

        static Optional<RsaKey> of(Key key) {
            if (key instanceof RSAPublicKey rsa) {
                return Optional.of(new RsaKey(rsa.getModulus(), rsa.getPublicExponent()));
            }
            if (key instanceof RSAPrivateCrtKey rsa) {
                return Optional.of(new RsaKey(rsa.getModulus(), rsa.getPublicExponent()));
            }
            return Optional.empty();
        }

        @Override
        public String toString() {
            return "RSA key, modulus of " + modulus.bitLength() + " bits";
        }
    }

    private static final Pattern PEM = Pattern.compile("-----BEGIN ([A-Z0-9 ]+)-----(.*?)-----END \\1-----", Pattern.DOTALL);
    private static final ObjectMapper JSON = new ObjectMapper();
    /** base64 wrapped in base64 is not a key; a bound keeps hostile content from recursing. */
    private static final int MAX_DEPTH = 3;

    private RsaKeyMaterial() {
    }

    static Set<RsaKey> keysIn(String content) {
        return keysIn(content.getBytes(StandardCharsets.UTF_8));
    }

    /** Every RSA key the content holds; empty when it holds none this class can read. */
    static Set<RsaKey> keysIn(byte[] content) {
        Set<RsaKey> keys = new LinkedHashSet<>();
        collect(content, keys, 0);
        return keys;
    }

    private static void collect(byte[] content, Set<RsaKey> keys, int depth) {
        if (depth > MAX_DEPTH || content.length == 0) {
            return;
        }
        fromDer(content).ifPresent(keys::add);
        String text = new String(content, StandardCharsets.ISO_8859_1).strip();
        Matcher pem = PEM.matcher(text);
        boolean anyPem = false;
        while (pem.find()) {
            anyPem = true;
            base64(pemBody(pem.group(2))).ifPresent(der -> collect(der, keys, depth + 1));
        }
        if (anyPem) {
            return;
        }
        if (text.startsWith("{")) {
            keys.addAll(fromJson(new String(content, StandardCharsets.UTF_8)));
            return;
        }
        base64(text).ifPresent(decoded -> collect(decoded, keys, depth + 1));
    }

    /** A PEM body without the RFC 1421 headers an encrypted PKCS#1 key may carry ("Proc-Type: ..."). */
    private static String pemBody(String body) {
        StringBuilder base64 = new StringBuilder();
        for (String line : body.split("\\R")) {
            if (!line.contains(":")) {
                base64.append(line.strip());
            }
        }
        return base64.toString();
    }

    private static Optional<byte[]> base64(String text) {
        String compact = text.replaceAll("\\s", "");
        if (compact.isEmpty()) {
            return Optional.empty();
        }
        for (Base64.Decoder decoder : List.of(Base64.getDecoder(), Base64.getUrlDecoder())) {
            try {
                return Optional.of(decoder.decode(compact));
            } catch (IllegalArgumentException notThisAlphabet) {
                // try the other one
            }
        }
        return Optional.empty();
    }

    private static Optional<RsaKey> fromDer(byte[] der) {
        if (der.length < 8 || der[0] != 0x30) {
            return Optional.empty();
        }
        try {
            return RsaKey.of(KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(der)));
        } catch (GeneralSecurityException | RuntimeException notSubjectPublicKeyInfo) {
            // next form
        }
        try {
            return RsaKey.of(KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der)));
        } catch (GeneralSecurityException | RuntimeException notPkcs8) {
            // next form
        }
        try {
            Collection<? extends Certificate> certificates = CertificateFactory.getInstance("X.509")
                    .generateCertificates(new ByteArrayInputStream(der));
            for (Certificate certificate : certificates) {
                Optional<RsaKey> key = RsaKey.of(certificate.getPublicKey());
                if (key.isPresent()) {
                    return key;
                }
            }
        } catch (GeneralSecurityException | RuntimeException notACertificate) {
            // next form
        }
        return pkcs1(der);
    }

    /**
     * PKCS#1: RSAPublicKey ::= SEQUENCE { modulus, publicExponent }, RSAPrivateKey ::= SEQUENCE { version, modulus,
     * publicExponent, privateExponent, prime1, prime2, exponent1, exponent2, coefficient }.
     */
    private static Optional<RsaKey> pkcs1(byte[] der) {
        List<BigInteger> integers = DerIntegers.ofSequence(der);
        if (integers.size() == 2) {
            return Optional.of(new RsaKey(integers.get(0), integers.get(1)));
        }
        if (integers.size() >= 9 && integers.get(0).signum() == 0) {
            return Optional.of(new RsaKey(integers.get(1), integers.get(2)));
        }
        return Optional.empty();
    }

    /** A JWK, or a JWK set ({"keys": [...]}): every RSA key of it, by n and e or by its x5c certificates. */
    private static Set<RsaKey> fromJson(String json) {
        Set<RsaKey> keys = new LinkedHashSet<>();
        JsonNode root;
        try {
            root = JSON.readTree(json);
        } catch (IOException notJson) {
            return keys;
        }
        List<JsonNode> jwks = new ArrayList<>();
        if (root != null && root.path("keys").isArray()) {
            root.get("keys").forEach(jwks::add);
        } else if (root != null) {
            jwks.add(root);
        }
        Base64.Decoder url = Base64.getUrlDecoder();
        for (JsonNode jwk : jwks) {
            if (jwk.path("n").isTextual() && jwk.path("e").isTextual()) {
                try {
                    keys.add(new RsaKey(new BigInteger(1, url.decode(jwk.get("n").asText().strip())),
                            new BigInteger(1, url.decode(jwk.get("e").asText().strip()))));
                } catch (IllegalArgumentException malformed) {
                    // not a key the JWT layer could use either
                }
            }
            if (jwk.path("x5c").isArray()) {
                for (JsonNode certificate : jwk.get("x5c")) {
                    if (certificate.isTextual()) {
                        base64(certificate.asText()).flatMap(RsaKeyMaterial::fromDer).ifPresent(keys::add);
                    }
                }
            }
        }
        return keys;
    }

    /** Just enough DER to read a SEQUENCE of INTEGERs (PKCS#1). */
    private static final class DerIntegers {

        static List<BigInteger> ofSequence(byte[] der) {
            try {
                int[] position = {0};
                if (der[position[0]++] != 0x30) {
                    return List.of();
                }
                int end = length(der, position) + position[0];
                if (end != der.length) {
                    return List.of();
                }
                List<BigInteger> integers = new ArrayList<>();
                while (position[0] < end) {
                    if (der[position[0]++] != 0x02) {
                        return List.of();
                    }
                    int length = length(der, position);
                    byte[] value = new byte[length];
                    System.arraycopy(der, position[0], value, 0, length);
                    position[0] += length;
                    integers.add(new BigInteger(value));
                }
                return integers;
            } catch (RuntimeException malformed) {
                return List.of();
            }
        }

        private static int length(byte[] der, int[] position) {
            int first = der[position[0]++] & 0xff;
            if (first < 0x80) {
                return first;
            }
            int octets = first & 0x7f;
            if (octets == 0 || octets > 3) {
                throw new IllegalArgumentException("unsupported DER length");
            }
            int length = 0;
            for (int i = 0; i < octets; i++) {
                length = (length << 8) | (der[position[0]++] & 0xff);
            }
            return length;
        }
    }
}
