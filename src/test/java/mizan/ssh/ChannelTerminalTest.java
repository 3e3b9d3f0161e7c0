package mizan.ssh;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import mizan.tui.runtime.Keys;
import org.apache.sshd.server.Environment;
import org.apache.sshd.server.Signal;
import org.apache.sshd.server.StandardEnvironment;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;

class ChannelTerminalTest {

    private static ChannelTerminal terminal(String input, StandardEnvironment env, ByteArrayOutputStream out) {
        return new ChannelTerminal(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), out, env);
    }

    private static StandardEnvironment pty(int cols, int rows) {
        StandardEnvironment env = new StandardEnvironment();
        env.set(Environment.ENV_COLUMNS, String.valueOf(cols));
        env.set(Environment.ENV_LINES, String.valueOf(rows));
        return env;
    }

    @Test
    void keysAreDecodedAsFromALocalTerminalArabicIncluded() throws IOException {
        // Enter arrives as CR from a raw-mode client; without a line discipline to make it LF, Lanterna lost it and the next key.
        ChannelTerminal t = terminal("1\033[6~\rم\033[1;2D\u007f\t\u0003", pty(100, 30), new ByteArrayOutputStream());
        List<String> keys = new ArrayList<>();
        for (KeyStroke k = t.readInput(); k.getKeyType() != KeyType.EOF; k = t.readInput()) {
            keys.add(Keys.from(k).name());
        }
        assertThat(keys).containsExactly("1", "PgDn", "Enter", "م", "S-Left", "Backspace", "Tab", "C-c");
    }

    @Test
    void theSizeComesFromThePtyRequestAndFollowsWindowChanges() {
        StandardEnvironment env = pty(120, 40);
        ChannelTerminal t = terminal("", env, new ByteArrayOutputStream());
        AtomicReference<TerminalSize> told = new AtomicReference<>();
        t.onResize(told::set);
        assertThat(t.size()).isEqualTo(new TerminalSize(120, 40));

        env.set(Environment.ENV_COLUMNS, "60");
        env.set(Environment.ENV_LINES, "20");
        env.signal(null, Signal.WINCH); // what sshd does on a window-change request, after updating the variables
        assertThat(told.get()).isEqualTo(new TerminalSize(60, 20));
    }

    @Test
    void aPtyWithoutASizeGetsACommonOne() {
        assertThat(terminal("", pty(0, 0), new ByteArrayOutputStream()).size()).isEqualTo(ChannelTerminal.FALLBACK);
    }

    @Test
    void bytesGoOutExactlyAsGiven() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] frame = "\033[1;1Hﺔﻤﻗ 😀".getBytes(StandardCharsets.UTF_8);
        terminal("", pty(80, 24), out).write(frame);
        assertThat(out.toByteArray()).isEqualTo(frame);
    }

    @Test
    void closingEndsTheInput() throws IOException {
        ChannelTerminal t = terminal("123", pty(80, 24), new ByteArrayOutputStream());
        t.close();
        assertThat(Keys.from(t.readInput()).name()).isEqualTo("EOF");
    }
}
