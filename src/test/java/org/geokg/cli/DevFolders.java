package org.geokg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Small annotated folders made of dev articles, for the commands that read annotated sets. */
final class DevFolders {
    /** The dev folder the articles and their gold meetings come from. */
    static final Path DEV = Path.of("src/test/resources/dev");

    private DevFolders() {
    }

    /** A folder {@code name} under {@code dir} with these dev articles and their gold meetings. */
    static Path folder(Path dir, String name, List<String> ids) throws IOException {
        Path folder = Files.createDirectories(dir.resolve(name));
        List<String> gold = new ArrayList<>();
        for (String id : ids) {
            Files.copy(DEV.resolve(id + ".json"), folder.resolve(id + ".json"));
            Files.readAllLines(DEV.resolve("meetings.jsonl")).stream()
                    .filter(line -> line.contains("\"doc\": \"" + id + "\"")).forEach(gold::add);
        }
        Files.write(folder.resolve("meetings.jsonl"), gold);
        return folder;
    }
}
