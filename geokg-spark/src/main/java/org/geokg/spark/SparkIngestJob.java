package org.geokg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.geokg.GeoKgException;

/**
 * GeoKG's ingest as a Spark job. It lists the input, groups the records by article IRI (which spreads them over the
 * tasks and keeps one record per article), analyses each article as {@code geokg ingest} does
 * ({@link ArticleExtraction}), and writes under the output directory:
 * <ul>
 *   <li>{@code nquads/}: the quads of every article in its named graph, N-Quads, one article's lines together;</li>
 *   <li>{@code mentions/}, {@code entities/}, {@code meetings/}: Parquet tables ({@link TableSchemas});</li>
 *   <li>{@code skipped/}: one line per input record skipped, its name and its problem.</li>
 * </ul>
 *
 * <pre>
 * JobReport report = SparkIngestJob.run(spark, new SparkIngestJob.Options(List.of("in/"), "out", JSONL, 0, false));
 * </pre>
 */
final class SparkIngestJob {
    private static final int SKIPPED_SHOWN = 20;

    /**
     * What to run.
     *
     * @param inputs     files or directories, any Hadoop file system
     * @param output     the output directory, which must not exist
     * @param format     the input format
     * @param partitions analysis tasks; 0 for four per core of the cluster
     * @param gzip       whether to gzip the N-Quads
     */
    record Options(List<String> inputs, String output, InputFormat format, int partitions, boolean gzip) {
        Options {
            inputs = List.copyOf(inputs);
        }
    }

    private SparkIngestJob() {
    }

    /** Runs the job and returns its report. */
    static JobReport run(SparkSession spark, Options options) {
        long start = System.nanoTime();
        Path out = new Path(options.output());
        refuseExisting(spark, out);
        int partitions = options.partitions() > 0 ? options.partitions()
                : 4 * spark.sparkContext().defaultParallelism();
        JavaRDD<Row> rows = ArticleInputs.read(spark, options.format(), options.inputs())
                .flatMapToPair(ArticleExtraction::key)
                .groupByKey(partitions)
                .mapPartitions(new ArticleExtraction());
        Dataset<Row> results = spark.createDataFrame(rows, TableSchemas.RESULTS)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            Dataset<Row> articles = results.where(col("problem").isNull());
            articles.select("quads").write().option("compression", options.gzip() ? "gzip" : "none")
                    .text(child(out, "nquads"));
            nameAsNQuads(spark, new Path(out, "nquads"));
            for (String table : List.of("mentions", "entities", "meetings")) {
                articles.select(explode(col(table)).as("row")).select("row.*").write().parquet(child(out, table));
            }
            Dataset<Row> skipped = results.where(col("problem").isNotNull())
                    .select(concat_ws(": ", col("source"), col("problem")).as("line")).orderBy("line");
            skipped.coalesce(1).write().text(child(out, "skipped"));
            Row totals = articles.agg(sum(col("quad_count")), sum(size(col("mentions")))).first();
            long entities = articles.select(explode(col("entities.entity"))).distinct().count();
            long meetings = articles.select(explode(col("meetings.status")).as("status"))
                    .where(col("status").equalTo("occurred")).count();
            List<String> someSkipped = skipped.limit(SKIPPED_SHOWN).as(Encoders.STRING())
                    .collectAsList();
            return new JobReport(articles.count(), total(totals, 0), total(totals, 1), entities, meetings,
                    skipped.count(), someSkipped, (System.nanoTime() - start) / 1e9);
        } finally {
            results.unpersist();
        }
    }

    private static void refuseExisting(SparkSession spark, Path out) {
        try {
            if (out.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(out)) {
                throw new GeoKgException(out + ": the output directory exists; give a new one");
            }
        } catch (IOException e) {
            throw new GeoKgException(out + ": cannot check the output directory: " + e.getMessage(), e);
        }
    }

    /** Spark's text writer names its parts {@code .txt}; loaders choose the syntax by name, so they become .nq. */
    private static void nameAsNQuads(SparkSession spark, Path dir) {
        try {
            FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
            for (FileStatus part : fs.listStatus(dir, p -> p.getName().startsWith("part-"))) {
                String name = part.getPath().getName().replaceFirst("\\.txt(\\.gz)?$", ".nq$1");
                if (!fs.rename(part.getPath(), new Path(dir, name))) {
                    throw new IOException("rename refused for " + part.getPath());
                }
            }
        } catch (IOException e) {
            throw new GeoKgException(dir + ": cannot name the N-Quads parts .nq: " + e.getMessage(), e);
        }
    }

    private static String child(Path parent, String name) {
        return new Path(parent, name).toString();
    }

    private static long total(Row totals, int column) {
        return totals.isNullAt(column) ? 0 : totals.getLong(column);
    }
}
