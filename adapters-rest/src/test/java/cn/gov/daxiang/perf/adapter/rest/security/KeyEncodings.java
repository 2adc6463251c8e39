package cn.gov.daxiang.perf.adapter.rest.security;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;

/** One RSA public key written the ways an identity provider's key may come: PEM, PKCS#1 PEM, JWK, JWK set. */
public final class KeyEncodings {

    private KeyEncodings() {
    }

    /** The public demo key as this repository ships it (X.509 SubjectPublicKeyInfo PEM). */
    public static String demoPublicKeyPem() {
        try (InputStream in = KeyEncodings.class.getClassLoader().getResourceAsStream(DemoKeyGuard.DEMO_PUBLIC_KEY)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static RSAPublicKey demoPublicKey() {
        try {
            String body = demoPublicKeyPem().replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
            return (RSAPublicKey) KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static RSAPublicKey newKey() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return (RSAPublicKey) generator.generateKeyPair().getPublic();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public static String pem(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der)
                + "\n-----END " + type + "-----\n";
    }

    /** {@code -----BEGIN RSA PUBLIC KEY-----}: RSAPublicKey ::= SEQUENCE { modulus, publicExponent } (RFC 8017 A.1.1). */
    public static String pkcs1Pem(RSAPublicKey key) {
        return pem("RSA PUBLIC KEY", pkcs1(key));
    }

    public static byte[] pkcs1(RSAPublicKey key) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes(tlv(0x02, key.getModulus().toByteArray()));
        body.writeBytes(tlv(0x02, key.getPublicExponent().toByteArray()));
        return tlv(0x30, body.toByteArray());
    }

    public static String jwk(RSAPublicKey key, String kid) {
        Base64.Encoder url = Base64.getUrlEncoder().withoutPadding();
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("kty", "RSA");
        if (kid != null) {
            fields.put("kid", kid);
        }
        fields.put("use", "sig");
        fields.put("alg", "RS256");
        fields.put("n", url.encodeToString(unsigned(key.getModulus())));
        fields.put("e", url.encodeToString(unsigned(key.getPublicExponent())));
        StringBuilder json = new StringBuilder("{");
        fields.forEach((name, value) -> json.append(json.length() > 1 ? "," : "").append('"').append(name).append("\":\"").append(value).append('"'));
        return json.append('}').toString();
    }

    public static String jwks(String... jwks) {
        return "{\"keys\":[" + String.join(",", jwks) + "]}";
    }

    private static byte[] unsigned(BigInteger value) {
        byte[] bytes = value.toByteArray();
        return bytes[0] == 0 && bytes.length > 1 ? Arrays.copyOfRange(bytes, 1, bytes.length) : bytes;
    }

    private static byte[] tlv(int tag, byte[] value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(tag);
        int length = value.length;
        if (length < 0x80) {
            out.write(length);
        } else if (length < 0x100) {
            out.write(0x81);
            out.write(length);
        } else {
            out.write(0x82);
            out.write(length >> 8);
            out.write(length & 0xff);
        }
        out.writeBytes(value);
        return out.toByteArray();
    }
}
