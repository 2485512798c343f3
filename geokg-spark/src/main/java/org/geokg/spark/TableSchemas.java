package org.geokg.spark;

import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The schemas of the job's tables. Every IRI is a string, as in the N-Quads; every row names its article. The tables
 * are views of the article graphs (see {@link ArticleRows}), documented column by column in {@code docs/spark.md}.
 */
final class TableSchemas {
    private static final DataType STRINGS = createArrayType(StringType, false);

    /** One row per mention (a {@code nif:Phrase}). */
    static final StructType MENTIONS = schema(
            field("article", StringType, false),
            field("mention", StringType, false),
            field("text", StringType, false),
            field("begin", IntegerType, false),
            field("end", IntegerType, false),
            field("sentence", StringType, false),
            field("entity", StringType, false),
            field("type", StringType, false),
            field("rule", StringType, true),
            field("acting_for", StringType, true));

    /** One row per entity of an article (a resource with {@code gkg:reportedIn}). */
    static final StructType ENTITIES = schema(
            field("article", StringType, false),
            field("entity", StringType, false),
            field("type", StringType, false),
            field("label", StringType, false),
            field("alt_labels", STRINGS, false),
            field("same_as", STRINGS, false),
            field("located_in", StringType, true));

    /** One row per meeting an article reports (a resource with {@code gkg:participant}). */
    static final StructType MEETINGS = schema(
            field("article", StringType, false),
            field("meeting", StringType, false),
            field("kind", StringType, false),
            field("status", StringType, false),
            field("date", StringType, true),
            field("participants", STRINGS, false),
            field("host", StringType, true),
            field("place", StringType, true),
            field("confidence", DoubleType, true),
            field("cameo", StringType, true),
            field("rule", StringType, true),
            field("evidence", STRINGS, false));

    /**
     * One row per input record: an article with its N-Quads and its rows of the three tables, or the record's name
     * and its problem.
     */
    static final StructType RESULTS = schema(
            field("article", StringType, true),
            field("source", StringType, false),
            field("problem", StringType, true),
            field("quads", StringType, true),
            field("quad_count", LongType, false),
            field("mentions", createArrayType(MENTIONS, false), false),
            field("entities", createArrayType(ENTITIES, false), false),
            field("meetings", createArrayType(MEETINGS, false), false));

    private TableSchemas() {
    }

    private static StructField field(String name, DataType type, boolean nullable) {
        return createStructField(name, type, nullable);
    }

    private static StructType schema(StructField... fields) {
        return createStructType(List.of(fields));
    }
}
