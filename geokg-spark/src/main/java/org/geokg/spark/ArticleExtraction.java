package org.geokg.spark;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Spliterators;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.geokg.article.Article;
import org.geokg.article.ArticleReader;
import org.geokg.article.BadArticleException;
import org.geokg.extract.Extractor;
import org.geokg.rdf.Iris;
import org.geokg.rdf.RdfMapper;
import scala.Tuple2;

/**
 * The work of one task: reads, analyses and maps the articles of a partition as {@code geokg ingest} does (the same
 * {@link ArticleReader}, {@link Extractor} and {@link RdfMapper}), over the models of the executor
 * ({@link ExecutorModels}) and one extractor per task. The records come grouped by article IRI ({@link #key}); of a
 * group, the first record in input order is analysed and the others are reported as duplicates, as
 * {@code geokg ingest --bulk} keeps the first. Each record gives one row of {@link TableSchemas#RESULTS}.
 */
final class ArticleExtraction implements FlatMapFunction<Iterator<Tuple2<String, Iterable<RawArticle>>>, Row> {
    private static final long serialVersionUID = 1L;

    /**
     * The key a record is grouped by: its article's IRI, or, when it cannot be read, its own name (so that it reaches
     * a task and is reported there); nothing for a blank line.
     */
    static Iterator<Tuple2<String, RawArticle>> key(RawArticle raw) {
        try {
            return read(new ArticleReader(), raw)
                    .map(article -> List.of(new Tuple2<>(Iris.article(article.id()).getURI(), raw)))
                    .orElse(List.of()).iterator();
        } catch (BadArticleException e) {
            return List.of(new Tuple2<>("!" + raw.name(), raw)).iterator();
        }
    }

    @Override
    public Iterator<Row> call(Iterator<Tuple2<String, Iterable<RawArticle>>> groups) {
        Task task = new Task();
        Stream<Tuple2<String, Iterable<RawArticle>>> stream = StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(groups, 0), false);
        return stream.flatMap(group -> task.rows(group._2()).stream()).iterator();
    }

    /** What one task holds: the extractor is made for the first article to analyse, so the models load then. */
    private static final class Task {
        private final ArticleReader reader = new ArticleReader();
        private final RdfMapper mapper = new RdfMapper();
        private Extractor extractor;

        private List<Row> rows(Iterable<RawArticle> group) {
            List<RawArticle> records = new ArrayList<>();
            group.forEach(records::add);
            records.sort(RawArticle.INPUT_ORDER);
            RawArticle first = records.get(0);
            List<Row> rows = new ArrayList<>();
            Node iri = null;
            try {
                Optional<Article> read = read(reader, first);
                if (read.isPresent()) {
                    iri = mapper.articleIri(read.get());
                    rows.add(analysed(first, iri, read.get()));
                }
            } catch (BadArticleException e) {
                rows.add(problem(null, e.source(), e.problem()));
            } catch (RuntimeException e) {
                rows.add(problem(iri, first.name(), "analysis failed: " + e));
            }
            for (RawArticle duplicate : records.subList(1, records.size())) {
                rows.add(problem(iri, duplicate.name(), "the same article id as an earlier input (" + first.name()
                        + "); the first is kept"));
            }
            return rows;
        }

        private Row analysed(RawArticle raw, Node iri, Article article) {
            if (extractor == null) {
                extractor = new Extractor(ExecutorModels.get());
            }
            Graph graph = mapper.map(extractor.analyze(article));
            return RowFactory.create(iri.getURI(), raw.name(), null, QuadLines.of(iri, graph), (long) graph.size(),
                    array(ArticleRows.mentions(graph, iri)), array(ArticleRows.entities(graph, iri)),
                    array(ArticleRows.meetings(graph, iri)));
        }
    }

    private static Optional<Article> read(ArticleReader reader, RawArticle raw) {
        return reader.readJsonLine(raw.name(), raw.file(), raw.json());
    }

    private static Row problem(Node iri, String source, String problem) {
        return RowFactory.create(iri == null ? null : iri.getURI(), source, problem, null, 0L, new Row[0], new Row[0],
                new Row[0]);
    }

    /** Spark's row encoder takes a Java array, not a Java list, for an array column. */
    private static Row[] array(List<Row> rows) {
        return rows.toArray(Row[]::new);
    }
}
