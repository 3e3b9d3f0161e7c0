package mizan.export;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A separate process that starts an export the way mizan does and then stops where it is: with
 * {@code die}, dead, as {@code kill -9} leaves one; with {@code wait}, still running, as a long
 * export is. Prints its partial folder once that holds a file.
 */
final class StoppedExport {

    private StoppedExport() {
    }

    public static void main(String[] args) throws Exception {
        ExportFolder folder = ExportFolder.create(Path.of(args[0]));
        Files.writeString(folder.work().resolve("master.jsonl"), "{\"id\": \"d-1\"}\n".repeat(1000));
        System.out.println(folder.work());
        System.out.flush();
        if (args[1].equals("die")) {
            Runtime.getRuntime().halt(137);
        }
        Thread.sleep(600_000);
    }
}
