package mizan.ssh;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HostKeyTest {

    @TempDir
    Path dir;

    @Test
    void madeOnceBesideTheDatabaseOwnerOnlyAndKeptAcrossRestarts() throws Exception {
        String first;
        try (ServerFixture f = ServerFixture.start(dir)) {
            first = f.server.fingerprint();
        }
        Path key = dir.resolve("mizan-host-key");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(key))).isEqualTo("rw-------");
        // OpenSSH reads it and agrees on the fingerprint annotators are shown.
        Process p = new ProcessBuilder("ssh-keygen", "-l", "-f", key.toString()).redirectErrorStream(true).start();
        String listed = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor()).isZero();
        assertThat(listed).contains(first).contains("(ED25519)");

        try (ServerFixture again = ServerFixture.start(dir)) {
            assertThat(again.server.fingerprint()).isEqualTo(first);
        }
    }

    @Test
    void aHostKeyOthersCanReadIsRefusedWithTheFix() throws Exception {
        Path key = dir.resolve("mizan-host-key");
        HostKey.loadOrCreate(key);
        Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--"));
        assertThatThrownBy(() -> HostKey.loadOrCreate(key)).isInstanceOf(IOException.class)
                .hasMessageContaining("readable by others").hasMessageContaining("chmod 600 " + key);
    }
}
