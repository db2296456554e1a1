package org.civicledger.gateway.backup;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileAttribute;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.civicledger.chaincode.crypto.Sha256;

/**
 * The file operations of backup and restore: copies that hash what they write, durably, with
 * owner-only permissions (a backup holds private keys and resident-id secrets).
 */
final class BackupFiles {
    private static final Logger LOG = Logger.getLogger(BackupFiles.class.getName());
    private static final int BUFFER_BYTES = 1 << 16;

    private BackupFiles() {
    }

    /** A file written: its length and the lowercase hex SHA-256 of its bytes. */
    record Written(long bytes, String sha256) {
    }

    /** @return the length and SHA-256 of {@code file} */
    static Written hash(Path file) throws IOException {
        MessageDigest digest = Sha256.digest();
        long bytes = 0;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            byte[] buffer = new byte[BUFFER_BYTES];
            for (int n; (n = in.read(buffer)) > 0; ) {
                digest.update(buffer, 0, n);
                bytes += n;
            }
        }
        return new Written(bytes, Sha256.hex(digest));
    }

    /** Copies {@code from} to the new file {@code to} (owner-only), forced to disk; returns what was written. */
    static Written copy(Path from, Path to) throws IOException {
        MessageDigest digest = Sha256.digest();
        long bytes;
        try (InputStream in = Files.newInputStream(from, LinkOption.NOFOLLOW_LINKS);
             FileChannel channel = create(to);
             OutputStream out = new DigestOutputStream(java.nio.channels.Channels.newOutputStream(channel), digest)) {
            bytes = in.transferTo(out);
            out.flush();
            channel.force(true);
        }
        return new Written(bytes, Sha256.hex(digest));
    }

    /** Creates the new file {@code file} (and its parents, owner-only), readable and writable by its owner only. */
    static FileChannel create(Path file) throws IOException {
        createPrivateDirectories(file.getParent());
        return FileChannel.open(file, java.util.Set.of(StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                StandardOpenOption.READ), permissions(file, "rw-------"));
    }

    /** Creates {@code dir} and missing parents; each one created is accessible to its owner only. */
    static void createPrivateDirectories(Path dir) throws IOException {
        if (Files.isDirectory(dir)) {
            return;
        }
        createPrivateDirectories(dir.toAbsolutePath().getParent());
        Files.createDirectory(dir, permissions(dir, "rwx------"));
    }

    /** Makes a directory's entries durable (a file created or renamed in it). */
    static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException e) {
            // Some platforms (Windows) cannot open a directory; their file systems need no such step.
            LOG.log(Level.FINE, e, () -> "cannot fsync directory " + dir);
        }
    }

    /** Deletes {@code root} and everything under it, if it exists; never follows a link out of it. */
    static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException failed) throws IOException {
                if (failed != null) {
                    throw failed;
                }
                Files.delete(dir);
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** Deletes what a failed backup or restore left, logging (not throwing) if it cannot. */
    static void deleteQuietly(Path root) {
        try {
            deleteTree(root);
        } catch (IOException e) {
            LOG.log(Level.WARNING, e, () -> "cannot delete " + root + "; delete it by hand");
        }
    }

    private static FileAttribute<?>[] permissions(Path path, String posix) {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            return new FileAttribute<?>[] {PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString(posix))};
        }
        return new FileAttribute<?>[0];
    }
}
