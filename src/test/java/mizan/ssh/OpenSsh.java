package mizan.ssh;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** The real OpenSSH client programs (ssh, sftp, scp), run against a test server without prompts or host-key files. */
final class OpenSsh {

    record Result(int status, String output) {
    }

    private OpenSsh() {
    }

    /** Options every client gets: no prompt, no agent, no known_hosts, nothing from ~/.ssh/config. */
    static List<String> options(Path key) {
        List<String> o = new ArrayList<>(List.of("-F", "/dev/null", "-o", "BatchMode=yes", "-o", "StrictHostKeyChecking=no",
                "-o", "UserKnownHostsFile=/dev/null", "-o", "IdentityAgent=none",
                "-o", "ConnectTimeout=20"));
        if (key != null) {
            o.addAll(List.of("-o", "IdentitiesOnly=yes", "-i", key.toString()));
        }
        return o;
    }

    /** {@code ssh -p PORT [options] user@127.0.0.1 [command...]}. */
    static List<String> ssh(int port, Path key, String user, List<String> extra, String... command) {
        List<String> cmd = new ArrayList<>(List.of("ssh", "-p", String.valueOf(port)));
        cmd.addAll(options(key));
        cmd.addAll(extra);
        cmd.add(user + "@127.0.0.1");
        cmd.addAll(List.of(command));
        return cmd;
    }

    /** Runs a client to its end with {@code stdin} as input; standard output and error together. */
    static Result run(List<String> command, String stdin) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        p.getOutputStream().write(stdin.getBytes(StandardCharsets.UTF_8));
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError(String.join(" ", command) + " did not end; it wrote:\n" + new String(out, StandardCharsets.UTF_8));
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
