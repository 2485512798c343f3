package org.geokg.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.hadoop.io.LongWritable;
import org.apache.hadoop.io.Text;
import org.apache.hadoop.mapreduce.Job;
import org.apache.hadoop.mapreduce.lib.input.FileInputFormat;
import org.apache.hadoop.mapreduce.lib.input.FileSplit;
import org.apache.hadoop.mapreduce.lib.input.TextInputFormat;
import org.apache.spark.api.java.JavaNewHadoopRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.geokg.GeoKgException;
import scala.Tuple2;

/**
 * Reads the input of the job from any Hadoop file system into {@link RawArticle}s. The paths are listed on the
 * driver: a directory is walked recursively, where hidden files (names starting with {@code .} or {@code _}) and
 * files of other formats are passed over, as {@code geokg ingest} passes them over. JSON lines are split by Hadoop's
 * line reader (uncompressed files are split between tasks too), each line named by its byte offset.
 */
final class ArticleInputs {
    private ArticleInputs() {
    }

    /** Every record of the files under the paths. */
    static JavaRDD<RawArticle> read(SparkSession spark, InputFormat format, List<String> paths) {
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        List<Path> files = list(conf, format, paths);
        return switch (format) {
            case JSONL -> jsonLines(JavaSparkContext.fromSparkContext(spark.sparkContext()), files);
            case PARQUET -> parquetRows(spark, files);
        };
    }

    /** The files of the format under the paths, in name order; a path that does not exist is an error. */
    static List<Path> list(Configuration conf, InputFormat format, List<String> paths) {
        List<Path> files = new ArrayList<>();
        for (String given : paths) {
            Path path = new Path(given);
            try {
                FileSystem fs = path.getFileSystem(conf);
                FileStatus[] found = fs.globStatus(path);
                if (found == null || found.length == 0) {
                    throw new GeoKgException(given + ": no such file or directory");
                }
                for (FileStatus status : found) {
                    if (status.isFile() && !format.matches(status.getPath().getName())) {
                        throw new GeoKgException(given + ": not a " + format.name().toLowerCase(Locale.ROOT)
                                + " file (expected a name ending in " + String.join(" or ", format.endings()) + ")");
                    }
                    files.addAll(walk(fs, status, format));
                }
            } catch (IOException e) {
                throw new GeoKgException(given + ": cannot list: " + e.getMessage(), e);
            }
        }
        if (files.isEmpty()) {
            throw new GeoKgException("no " + String.join(" or ", format.endings()) + " files in " + paths);
        }
        return files;
    }

    private static List<Path> walk(FileSystem fs, FileStatus root, InputFormat format) throws IOException {
        if (root.isFile()) {
            return List.of(root.getPath());
        }
        List<Path> files = new ArrayList<>();
        int depth = root.getPath().depth();
        RemoteIterator<LocatedFileStatus> all = fs.listFiles(root.getPath(), true);
        while (all.hasNext()) {
            Path file = all.next().getPath();
            if (format.matches(file.getName()) && !hidden(file, depth)) {
                files.add(file);
            }
        }
        files.sort(null);
        return files;
    }

    /** Whether the file or a directory between it and the walked one is hidden. */
    private static boolean hidden(Path file, int rootDepth) {
        for (Path p = file; p != null && p.depth() > rootDepth; p = p.getParent()) {
            if (p.getName().startsWith(".") || p.getName().startsWith("_")) {
                return true;
            }
        }
        return false;
    }

    private static JavaRDD<RawArticle> jsonLines(JavaSparkContext jsc, List<Path> files) {
        Job job;
        try {
            job = Job.getInstance(jsc.hadoopConfiguration());
            FileInputFormat.setInputPaths(job, files.toArray(Path[]::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        JavaNewHadoopRDD<LongWritable, Text> lines = (JavaNewHadoopRDD<LongWritable, Text>) jsc.newAPIHadoopRDD(
                job.getConfiguration(), TextInputFormat.class, LongWritable.class, Text.class);
        return lines.mapPartitionsWithInputSplit((split, records) -> {
            String file = fileName(((FileSplit) split).getPath());
            return new Iterator<RawArticle>() {
                @Override
                public boolean hasNext() {
                    return records.hasNext();
                }

                @Override
                public RawArticle next() {
                    Tuple2<LongWritable, Text> line = records.next();
                    return new RawArticle(file, "line at byte", line._1().get(), line._2().copyBytes());
                }
            };
        }, true);
    }

    private static JavaRDD<RawArticle> parquetRows(SparkSession spark, List<Path> files) {
        String[] names = files.stream().map(Path::toString).toArray(String[]::new);
        return spark.read().parquet(names)
                .select(col("_metadata.file_path"), col("_metadata.row_index"), to_json(struct(col("*"))))
                .javaRDD()
                .map(row -> new RawArticle(fileName(new Path(row.getString(0))), "row", row.getLong(1),
                        row.getString(2).getBytes(StandardCharsets.UTF_8)));
    }

    /** A local file as the path {@code geokg ingest} would record for it, any other as its URI. */
    static String fileName(Path path) {
        return "file".equals(path.toUri().getScheme()) ? path.toUri().getPath() : path.toString();
    }
}
