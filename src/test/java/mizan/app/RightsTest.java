package mizan.app;

import mizan.TestFiles;
import mizan.model.Role;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import static mizan.app.ImportCommandTest.mizan;
import static org.assertj.core.api.Assertions.assertThat;

/** The roles table is one table: the checks ask it, team --help prints it, the README shows it. */
class RightsTest {

    @TempDir
    Path dir;

    @Test
    void teamHelpPrintsTheTableAndTheReadmeShowsTheSameOne() throws Exception {
        String table = String.join("\n", Right.table()) + "\n";
        ImportCommandTest.Result help = mizan("team", "--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out().replace(System.lineSeparator(), "\n")).contains("What each role may do:\n" + table);

        String readme = Files.readString(TestFiles.root().resolve("README.md"));
        String team = readme.substring(readme.indexOf("## Working as a team"));
        team = team.substring(0, team.indexOf("\n## ", 1));
        assertThat(team).as("README's roles table, in 'Working as a team': paste the table mizan team --help prints")
                .contains("\n" + table);
        assertThat(table).contains("| export gold and every annotator's labels   | no        | yes      | yes  |");
    }

    /** For each right a command needs: the role below is refused, the role named in the table is let through. */
    @Test
    void eachCommandAsksTheTableForTheRoleItNeeds() {
        String db = dir.resolve("m.db").toString();
        assertThat(mizan("import", "--db", db, TestFiles.seeds().toString()).exit()).isZero();
        mizan("team", "add", "lea", "--role", "lead", "--user", "lea", "--db", db);
        mizan("team", "add", "rita", "--role", "reviewer", "--user", "lea", "--db", db);
        mizan("team", "add", "ann", "--role", "annotator", "--user", "lea", "--db", db);
        Map<Role, String> member = Map.of(Role.ANNOTATOR, "ann", Role.REVIEWER, "rita", Role.LEAD, "lea");
        String out = dir.resolve("exports").toString();
        Map<Right, List<String>> commands = new EnumMap<>(Right.class);
        commands.put(Right.SEE_OTHERS, List.of("agreement", "--bootstrap", "0", "--user", "USER"));
        commands.put(Right.ADJUDICATE, List.of("adjudicate", "--annotator", "USER"));
        commands.put(Right.EXPORT_ALL, List.of("export", "--gold", "--format", "jsonl", "--out", out, "--user", "USER"));
        commands.put(Right.MANAGE_TEAM, List.of("team", "self-registration", "off", "--user", "USER"));
        commands.put(Right.ASSIGN, List.of("assign", "--overlap", "1", "--user", "USER"));
        commands.put(Right.IMPORT_ANNOTATIONS, List.of("import-annotations", dir.resolve("none.jsonl").toString(),
                "--user", "USER"));
        for (Map.Entry<Right, List<String>> c : commands.entrySet()) {
            Role least = c.getKey().least();
            for (Role role : Role.values()) {
                List<String> args = new ArrayList<>(c.getValue().stream().map(a -> a.equals("USER") ? member.get(role) : a)
                        .toList());
                args.addAll(List.of("--db", db));
                ImportCommandTest.Result r = mizan(args.toArray(String[]::new));
                String line = c.getKey() + " as " + role.id() + ": mizan " + String.join(" ", args) + "\n" + r.err();
                if (role.atLeast(least)) {
                    assertThat(r.err()).as(line).doesNotContain("needs the");
                } else {
                    assertThat(r.exit()).as(line).isEqualTo(3);
                    assertThat(r.err()).as(line).contains(member.get(role) + " is a").contains(c.getKey().doing()
                            + " needs the " + least.id() + " role");
                }
            }
        }
    }
}
