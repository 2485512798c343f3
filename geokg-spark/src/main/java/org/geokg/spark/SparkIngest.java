package org.geokg.spark;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import org.geokg.cli.GeoKg;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The job's command line, run by {@code spark-submit}:
 *
 * <pre>
 * spark-submit --class org.geokg.spark.SparkIngest geokg-spark-job.jar --out OUT INPUT...
 * </pre>
 *
 * Exit codes as {@code geokg ingest}'s: 0 success, 1 failure or some input skipped, 2 bad usage.
 */
@Command(name = "geokg-spark", mixinStandardHelpOptions = true,
        description = "Runs GeoKG's extraction on Spark: N-Quads (one graph per article) and Parquet tables.")
public final class SparkIngest implements Callable<Integer> {
    @Parameters(paramLabel = "INPUT", arity = "1..*",
            description = "Files or directories (walked recursively) on any Hadoop file system.")
    private List<String> inputs;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "The output directory, which must not exist.")
    private String out;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "jsonl",
            description = "The input format: jsonl (.jsonl and .jsonl.gz files) or parquet (.parquet files).")
    private InputFormat format;

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
            description = "Analysis tasks (default: four per core of the cluster).")
    private int partitions;

    @Option(names = "--gzip", description = "Write the N-Quads gzipped (.nq.gz).")
    private boolean gzip;

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        SparkSession spark = SparkSession.builder().appName("geokg-spark").getOrCreate();
        try {
            JobReport report = SparkIngestJob.run(spark,
                    new SparkIngestJob.Options(inputs, out, format, partitions, gzip));
            PrintWriter err = spec.commandLine().getErr();
            report.someSkipped().forEach(line -> err.println("skipped " + line));
            if (report.skipped() > report.someSkipped().size()) {
                err.println("... all " + report.skipped() + " in " + out + "/skipped");
            }
            spec.commandLine().getOut().println(report.summary());
            return report.skipped() > 0 ? GeoKg.EXIT_SKIPPED : 0;
        } finally {
            spark.stop();
        }
    }

    /** Runs the command line and exits with its code. */
    public static void main(String[] args) {
        CommandLine cli = new CommandLine(new SparkIngest()).setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler((e, command, parsed) -> {
                    command.getErr().println("geokg-spark: " + e.getMessage());
                    return 1;
                });
        System.exit(cli.execute(args));
    }
}
