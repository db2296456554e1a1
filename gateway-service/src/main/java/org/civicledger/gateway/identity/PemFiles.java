package org.civicledger.gateway.identity;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;
import org.bouncycastle.util.io.pem.PemObject;
import org.bouncycastle.util.io.pem.PemReader;

/**
 * PEM files written atomically (temporary file, flush to disk, rename), private keys and their
 * directories readable by the owner only where the file system has POSIX permissions.
 */
final class PemFiles {
    static final String CERTIFICATE = "CERTIFICATE";
    /** PKCS#8, as in a Fabric MSP keystore. */
    static final String PRIVATE_KEY = "PRIVATE KEY";

    private static final Base64.Encoder BASE64 = Base64.getMimeEncoder(64, new byte[] {'\n'});

    private PemFiles() {
    }

    /** @return the PEM text of {@code der}: 64-character lines, {@code \n} line ends */
    static String encode(String type, byte[] der) {
        return "-----BEGIN " + type + "-----\n" + BASE64.encodeToString(der) + "\n-----END " + type + "-----\n";
    }

    /**
     * @return the content of the first PEM object of {@code text}
     * @throws IOException when there is none or it is not of {@code type}
     */
    static byte[] decode(String type, String text) throws IOException {
        try (PemReader reader = new PemReader(new StringReader(text))) {
            PemObject object = reader.readPemObject();
            if (object == null || !type.equals(object.getType())) {
                throw new IOException("no " + type + " PEM object");
            }
            return object.getContent();
        }
    }

    /** @return the content of the PEM file's first object, which must be of {@code type} */
    static byte[] read(Path file, String type) throws IOException {
        try {
            return decode(type, Files.readString(file, StandardCharsets.US_ASCII));
        } catch (IOException e) {
            throw new IOException("cannot read " + type + " from " + file + ": " + e.getMessage(), e);
        }
    }

    /** @return the private key of a PEM PKCS#8 file, as a Bouncy Castle key */
    static PrivateKey readPrivateKey(Path file) throws IOException, GeneralSecurityException {
        byte[] pkcs8 = read(file, PRIVATE_KEY);
        return KeyFactory.getInstance("EC", Ecdsa.PROVIDER).generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    }

    /** Creates {@code dir} and missing parents; the last one, when created, is accessible to its owner only. */
    static void createPrivateDirectory(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir.getParent());
            try {
                Files.createDirectory(dir, permissions(dir, "rwx------"));
            } catch (FileAlreadyExistsException e) {
                if (!Files.isDirectory(dir)) {
                    throw e;
                }
            }
        }
    }

    /**
     * Replaces {@code file} with {@code text} so that readers see the old or the new content, never
     * a part; with {@code secret} the file is readable and writable by its owner only (600).
     */
    static void writeAtomically(Path file, String text, boolean secret) throws IOException {
        Path dir = file.getParent();
        // A leading dot keeps temporary files out of the identity name space.
        Path temporary = Files.createTempFile(dir, "." + file.getFileName(), ".tmp",
                permissions(dir, secret ? "rw-------" : "rw-r--r--"));
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                ByteBuffer buffer = ByteBuffer.wrap(text.getBytes(StandardCharsets.US_ASCII));
                while (buffer.hasRemaining()) {
                    channel.write(buffer);
                }
                channel.force(true);
            }
            move(temporary, file);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static FileAttribute<?>[] permissions(Path dir, String posix) {
        if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(posix))};
        }
        return new FileAttribute<?>[0];
    }
}
