package org.geokg.summary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.rdf.Iris;
import org.geokg.rdf.vocab.GKG;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The preferred label of an entity and its counts, as articles that name it come and go. */
class SummaryTest {
    private static final Node ENTITY = Iris.entity("person/xi-jinping");

    /**
     * Each article is its labels of the entity joined by '+' and its number of mentions after ':'; articles are
     * separated by ';'; the article numbered {@code removed} (from 0, -1 for none) is taken away again.
     */
    @ParameterizedTest(name = "{0} without {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            Xi Jinping:2                               | -1 | Xi Jinping  | 2 | 1
            Xi Jinping:1; Xi:1; Xi:3                   | -1 | Xi          | 5 | 3
            Xi Jinping:1; Xi:1                         | -1 | Xi          | 2 | 2
            Xi Jinping:1; XI JINPING:1                 | -1 | XI JINPING  | 2 | 2
            Xi Jinping:1; Xi:1; Xi:3                   |  2 | Xi          | 2 | 2
            Xi Jinping:1; Xi Jinping+Xi:1; Xi:3        |  2 | Xi Jinping  | 2 | 2
            Xi:2; Xi Jinping:1                         |  0 | Xi Jinping  | 1 | 1
            Xi:2                                       |  0 |             | 0 | 0
            """)
    void thePreferredLabelIsTheOneMostArticlesGive(String articles, int removed, String label, long mentions,
                                                   long articleCount) {
        Summary summary = new Summary();
        List<GraphSummary> parts = new ArrayList<>();
        String[] each = articles.split(";");
        for (int i = 0; i < each.length; i++) {
            String[] labelsAndMentions = each[i].trim().split(":");
            Set<Node> labels = Arrays.stream(labelsAndMentions[0].split("\\+"))
                    .map(NodeFactory::createLiteralString).collect(Collectors.toSet());
            EntityPart part = new EntityPart(Long.parseLong(labelsAndMentions[1]), labels,
                    Set.of(GKG.Person.asNode()));
            parts.add(new GraphSummary(Iris.article("a" + i), Map.of(ENTITY, part), List.of()));
            summary.add(parts.get(i));
        }
        if (removed >= 0) {
            summary.remove(parts.get(removed));
        }
        Graph graph = summary.toGraph();
        assertEquals(label == null ? List.of() : List.of(label), values(graph, GKG.preferredLabel.asNode()));
        assertEquals(mentions == 0 ? List.of() : List.of(String.valueOf(mentions)),
                values(graph, GKG.mentionCount.asNode()));
        assertEquals(articleCount == 0 ? List.of() : List.of(String.valueOf(articleCount)),
                values(graph, GKG.articleCount.asNode()));
        assertEquals(graph.find().toSet(), Summary.read(graph).toGraph().find().toSet(), "read back as written");
    }

    private static List<String> values(Graph graph, Node property) {
        return graph.find(ENTITY, property, Node.ANY).mapWith(t -> t.getObject().getLiteralLexicalForm()).toList();
    }
}
