package mizan.ssh;

import org.apache.sshd.common.NamedResource;
import org.apache.sshd.common.config.keys.FilePasswordProvider;
import org.apache.sshd.common.config.keys.KeyUtils;
import org.apache.sshd.common.keyprovider.KeyPairProvider;
import org.apache.sshd.common.config.keys.writer.openssh.OpenSSHKeyPairResourceWriter;
import org.apache.sshd.common.util.security.SecurityUtils;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.util.Iterator;
import java.util.Set;

/**
 * The server's identity: one ed25519 key, generated on first start and kept in an OpenSSH private
 * key file that only its owner can read. Annotators' clients remember it; a new key on every start
 * would teach them to ignore the "host key changed" warning.
 */
public final class HostKey {

    public static final String FILE_NAME = "mizan-host-key";

    private static final Set<PosixFilePermission> OWNER_ONLY = PosixFilePermissions.fromString("rw-------");

    private HostKey() {
    }

    /** {@value #FILE_NAME} beside the database. */
    public static Path beside(Path db) {
        return db.toAbsolutePath().resolveSibling(FILE_NAME);
    }

    /** Reads the key at {@code file}, creating it (mode 0600, never readable by others even briefly) if missing. */
    public static KeyPair loadOrCreate(Path file) throws IOException {
        try {
            if (!Files.exists(file)) {
                create(file);
            }
            if (Files.isDirectory(file)) {
                throw new IOException(file + ": the host key's place is taken by a folder; move it away and a new key is made");
            }
            checkPrivate(file);
            try (InputStream in = Files.newInputStream(file)) {
                Iterable<KeyPair> keys = SecurityUtils.loadKeyPairIdentities(null, NamedResource.ofName(file.toString()), in,
                        FilePasswordProvider.EMPTY);
                Iterator<KeyPair> it = keys == null ? null : keys.iterator();
                if (it == null || !it.hasNext()) {
                    throw new IOException(file + ": no private key in the host key file; move it away and a new one is made");
                }
                return it.next();
            }
        } catch (GeneralSecurityException e) {
            throw new IOException(file + ": the host key cannot be read or made (no key of a kind mizan can use);"
                    + " move it away and a new one is made", e);
        }
    }

    public static String fingerprint(KeyPair key) {
        return KeyUtils.getFingerPrint(key.getPublic());
    }

    private static void create(Path file) throws IOException, GeneralSecurityException {
        KeyPair key = KeyUtils.generateKeyPair(KeyPairProvider.SSH_ED25519, 256);
        // CREATE_NEW with the mode as an attribute: the file is born private, there is no window to read it.
        try (OutputStream out = Files.newOutputStream(Files.createFile(file, PosixFilePermissions.asFileAttribute(OWNER_ONLY)))) {
            OpenSSHKeyPairResourceWriter.INSTANCE.writePrivateKey(key, "mizan serve", null, out);
        }
    }

    private static void checkPrivate(Path file) throws IOException {
        Set<PosixFilePermission> mode = Files.getPosixFilePermissions(file);
        if (mode.stream().anyMatch(p -> !OWNER_ONLY.contains(p))) {
            throw new IOException(file + ": the host key is readable by others (mode " + PosixFilePermissions.toString(mode)
                    + "); anyone who reads it can pose as this server. Fix it with: chmod 600 " + file);
        }
    }
}
