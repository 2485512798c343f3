package org.geokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.geokg.extract.ShippedModels;
import org.geokg.pipeline.Ingestor;
import org.geokg.store.TdbStore;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved query {@code meetings-near} on the 31 dev articles. The distances were checked by hand: the haversine
 * formula on a sphere of the mean Earth radius, R = 6371.0088 km,
 * d = 2R asin(sqrt(sin²((φ2 - φ1)/2) + cos φ1 cos φ2 sin²((λ2 - λ1)/2))),
 * from the coordinates of {@code cities.tsv} (a state's point is its capital's):
 * <pre>
 * from Jerusalem (35.21633 E, 31.76904 N)     to                                  km
 *   Israel (its capital, Jerusalem)             35.21633 E, 31.76904 N             0.0
 *   Saudi Arabia (its capital, Riyadh)          46.72185 E, 24.68773 N          1373.5
 *   Tbilisi                                     44.83412 E, 41.69143 N          1395.2
 *   Doha                                        51.53096 E, 25.28545 N          1746.7
 *   Yemen (its capital, Sanaa)                  44.20646 E, 15.35452 N          2040.0
 *   London                                      -0.12574 E, 51.50853 N          3609.9
 *   Kenya (its capital, Nairobi)                36.81667 E, -1.28333 N          3679.1
 * </pre>
 * A radius of 1,500 km takes the places up to Tbilisi and leaves Doha and everything further out; 1,380 km falls
 * between Riyadh and Tbilisi, 22 km apart.
 */
class MeetingsNearTest {
    @TempDir
    static Path dir;

    static Path store;

    @BeforeAll
    static void ingestTheDevArticles() throws IOException {
        store = dir.resolve("store");
        List<Path> articles;
        try (Stream<Path> files = Files.list(DevFolders.DEV)) {
            articles = files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
        }
        try (TdbStore tdb = TdbStore.open(store)) {
            new Ingestor(ShippedModels.get(), tdb, 2).ingest(articles, line -> { });
        }
    }

    private static List<String> near(String place, String km) {
        Cli result = Cli.run("query", "meetings-near", "--param", "near=" + place, "--param", "km=" + km,
                "--format", "csv", "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        // place, distance, date, kind: the columns before the participants, which hold commas
        return result.out().lines().skip(1).map(line -> String.join(",", List.of(line.split(",")).subList(0, 4)))
                .toList();
    }

    @Test
    void theMeetingsWithinARadiusOfJerusalemNearestFirst() {
        assertEquals(List.of(
                "Israel,0.0,2008-01-09,Visit",
                "Israel,0.0,,Meeting",
                "Jerusalem,0.0,2008-01-08,Meeting",
                "Saudi Arabia,1373.5,2008-01-14,Visit",
                "Tbilisi,1395.2,2008-08-17,Meeting",
                "Tbilisi,1395.2,2008-08-17,PhoneCall",
                "Tbilisi,1395.2,2008-08-17,Visit"), near("Jerusalem", "1500"));
        assertEquals(List.of(
                "Israel,0.0,2008-01-09,Visit",
                "Israel,0.0,,Meeting",
                "Jerusalem,0.0,2008-01-08,Meeting",
                "Saudi Arabia,1373.5,2008-01-14,Visit"), near("Jerusalem", "1380"));
    }

    @Test
    void thePlaceMayBeGivenByIriAndTheRadiusDefaultsTo500Km() {
        Cli result = Cli.run("query", "meetings-near", "--param", "near=https://w3id.org/geokg/id/geonames/611717",
                "--format", "csv", "--store", store.toString());
        assertEquals(0, result.exitCode(), result.err());
        assertEquals(List.of("Tbilisi,0.0", "Tbilisi,0.0", "Tbilisi,0.0"), result.out().lines().skip(1)
                .map(line -> line.substring(0, line.indexOf(",", "Tbilisi,".length()))).toList(), result.out());
    }
}
