package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.path.P_Link;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.ITSRDF;
import org.geokg.rdf.vocab.NIF;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Validates the hand-written data set {@code conforming.trig} against {@code ontology/shapes.ttl},
 * and broken variants of it, each of which must fail with the expected violation.
 */
class ShapesTest {

    private static final String SH = "http://www.w3.org/ns/shacl#";
    private static final String ART = "https://w3id.org/geokg/article/voa-putin-xi-2023-03-21";
    private static final String ID = "https://w3id.org/geokg/id/";

    private static Shapes shapes;

    // Resources of the conforming data set.
    private static final Resource article = res(ART);
    private static final Resource sentence = res(ART + "#char=40,182");
    private static final Resource putinMention = res(ART + "#char=58,72");
    private static final Resource xiMention = res(ART + "#char=94,104");
    private static final Resource putin = res(ID + "person-vladimir-putin");
    private static final Resource xi = res(ID + "person-xi-jinping");
    private static final Resource president = res(ID + "position-president-of-russia");
    private static final Resource moscow = res(ID + "city-524901");
    private static final Resource meeting = res(ID + "meeting-voa-putin-xi-2023-03-21-1");

    private static Resource res(String iri) {
        return ModelFactory.createDefaultModel().createResource(iri);
    }

    private static Path projectDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    @BeforeAll
    static void loadShapes() {
        Graph g = RDFDataMgr.loadGraph(projectDir().resolve("ontology/shapes.ttl").toString());
        shapes = Shapes.parse(g);
    }

    private static DatasetGraph conformingDataset() {
        return RDFParser.source(projectDir().resolve("src/test/resources/org/geokg/rdf/conforming.trig"))
                .lang(Lang.TRIG).toDatasetGraph();
    }

    /** A copy of the union graph of the conforming data set, changed by {@code change}. */
    private static ValidationReport validateVariant(Consumer<Model> change) {
        Model m = ModelFactory.createDefaultModel();
        m.getGraph().getPrefixMapping().setNsPrefixes(shapes.getGraph().getPrefixMapping());
        m.add(ModelFactory.createModelForGraph(conformingDataset().getUnionGraph()));
        change.accept(m);
        return ShaclValidator.get().validate(shapes, m.getGraph());
    }

    private static void set(Model m, Resource s, Property p, RDFNode o) {
        m.removeAll(s, p, null);
        m.add(s, p, o);
    }

    private static String describe(ValidationReport report) {
        return report.getEntries().stream().map(ReportEntry::toString).collect(Collectors.joining("\n"));
    }

    /**
     * Asserts that the report has exactly {@code count} entries, all with the given focus node and
     * constraint component, and (if not null) path and message fragment.
     */
    private static void assertViolations(ValidationReport report, int count, Resource focus, String component,
                                         Property path, String messagePart) {
        assertFalse(report.conforms(), "expected a violation");
        String all = describe(report);
        assertEquals(count, report.getEntries().size(), all);
        Node componentNode = NodeFactory.createURI(SH + component);
        for (ReportEntry e : report.getEntries()) {
            assertEquals(focus.asNode(), e.focusNode(), all);
            assertEquals(componentNode, e.sourceConstraintComponent(), all);
            if (path != null) {
                assertTrue(e.resultPath() instanceof P_Link link && link.getNode().equals(path.asNode()), all);
            }
            if (messagePart != null) {
                assertTrue(e.message() != null && e.message().contains(messagePart), all);
            }
        }
    }

    private static void assertViolation(ValidationReport report, Resource focus, String component, Property path) {
        assertViolations(report, 1, focus, component, path, null);
    }

    @Test
    void shapesParse() {
        assertTrue(shapes.numShapes() >= 10, "shapes: " + shapes.numShapes());
    }

    @Test
    void conformingDataConformsOverTheUnionGraph() {
        DatasetGraph dsg = conformingDataset();
        assertTrue(dsg.getDefaultGraph().isEmpty(), "the data is in a named graph");
        ValidationReport report = ShaclValidator.get().validate(shapes, dsg.getUnionGraph());
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void conformingDataConformsOverTheTdb2UnionGraph() {
        Dataset ds = TDB2Factory.createDataset();
        ds.executeWrite(() -> {
            RDFDataMgr.read(ds, projectDir().resolve("src/test/resources/org/geokg/rdf/conforming.trig").toString());
            Graph union = ds.getNamedModel(Quad.unionGraph.getURI()).getGraph();
            ValidationReport report = ShaclValidator.get().validate(shapes, union);
            assertTrue(report.conforms(), describe(report));
            assertFalse(union.isEmpty());
        });
    }

    @Test
    void unchangedCopyConforms() {
        ValidationReport report = validateVariant(m -> {});
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void shapesApplyToTheData() {
        // Guard against shapes that conform because they target nothing.
        ValidationReport report = validateVariant(m -> {
            m.removeAll(null, RDFS.label, null);
            m.removeAll(null, NIF.anchorOf, null);
            m.removeAll(null, GKG.status, null);
            m.removeAll(null, NIF.isString, null);
        });
        long focusNodes = report.getEntries().stream().map(ReportEntry::focusNode).distinct().count();
        // article, sentence, 2 mentions, 2 persons, position, state, city, meeting
        assertEquals(10, focusNodes, describe(report));
    }

    @Test
    void readmeExampleIsTheTestData() throws java.io.IOException {
        String readme = java.nio.file.Files.readString(projectDir().resolve("ontology/README.md"));
        int start = readme.indexOf("```trig\n");
        assertTrue(start >= 0, "README has a ```trig block");
        start += "```trig\n".length();
        String block = readme.substring(start, readme.indexOf("```", start));
        DatasetGraph fromReadme = RDFParser.fromString(block, Lang.TRIG).toDatasetGraph();
        DatasetGraph fromFile = conformingDataset();
        assertTrue(fromReadme.getUnionGraph().isIsomorphicWith(fromFile.getUnionGraph()));
        assertEquals(fromFile.stream().count(), fromReadme.stream().count());
    }

    // --- Points of places ---

    @Test
    void onlyPlacesHavePointsAndEveryPointNamesItsSource() {
        Resource geometry = res(ID + "geometry-city-524901");
        Property hasGeometry = ResourceFactory.createProperty("http://www.opengis.net/ont/geosparql#hasGeometry");
        ValidationReport personWithPoint = validateVariant(m -> m.add(putin, hasGeometry, geometry));
        assertViolation(personWithPoint, putin, "NodeConstraintComponent", null);
        Property derivedFrom = ResourceFactory.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom");
        ValidationReport unsourced = validateVariant(m -> m.removeAll(geometry, derivedFrom, null));
        assertViolation(unsourced, geometry, "MinCountConstraintComponent", derivedFrom);
    }

    // --- Meetings ---

    @Test
    void meetingWithOneParticipant() {
        ValidationReport report = validateVariant(m -> {
            m.remove(meeting, GKG.participant, m.getResource(xi.getURI()));
            m.removeAll(null, GKG.met, null);
        });
        assertViolation(report, meeting, "MinCountConstraintComponent", GKG.participant);
    }

    @Test
    void meetingSubclassesAreTargeted() {
        for (Resource type : List.of(GKG.Meeting, GKG.Summit, GKG.Visit, GKG.PhoneCall)) {
            ValidationReport report = validateVariant(m -> {
                set(m, meeting, RDF.type, type);
                m.remove(meeting, GKG.participant, m.getResource(xi.getURI()));
            });
            assertViolation(report, meeting, "MinCountConstraintComponent", GKG.participant);
        }
    }

    @Test
    void participantThatIsNotAnAgent() {
        ValidationReport report = validateVariant(m -> m.add(meeting, GKG.participant, m.getResource(moscow.getURI())));
        assertViolation(report, meeting, "NodeConstraintComponent", GKG.participant);
    }

    @Test
    void badStatus() {
        ValidationReport report = validateVariant(m -> set(m, meeting, GKG.status, m.createResource(GKG.NS + "happened")));
        assertViolation(report, meeting, "InConstraintComponent", GKG.status);
    }

    @Test
    void missingStatus() {
        ValidationReport report = validateVariant(m -> m.removeAll(meeting, GKG.status, null));
        assertViolation(report, meeting, "MinCountConstraintComponent", GKG.status);
    }

    @Test
    void dateWithWrongDatatype() {
        ValidationReport report = validateVariant(m -> set(m, meeting, GKG.date,
                m.createTypedLiteral("2023-03-21T10:00:00Z", XSDDatatype.XSDdateTime)));
        assertViolation(report, meeting, "OrConstraintComponent", GKG.date);
        report = validateVariant(m -> set(m, meeting, GKG.date, m.createLiteral("2023-03-21")));
        assertViolation(report, meeting, "OrConstraintComponent", GKG.date);
    }

    @Test
    void ill_formedDate() {
        ValidationReport report = validateVariant(m -> set(m, meeting, GKG.date,
                m.createTypedLiteral("2023-02-30", XSDDatatype.XSDdate)));
        assertViolation(report, meeting, "OrConstraintComponent", GKG.date);
    }

    @Test
    void partialDatesAreAllowed() {
        ValidationReport report = validateVariant(m -> set(m, meeting, GKG.date,
                m.createTypedLiteral("2023-03", XSDDatatype.XSDgYearMonth)));
        assertTrue(report.conforms(), describe(report));
        report = validateVariant(m -> set(m, meeting, GKG.date, m.createTypedLiteral("2023", XSDDatatype.XSDgYear)));
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void twoDates() {
        ValidationReport report = validateVariant(m -> m.add(meeting, GKG.date,
                m.createTypedLiteral("2023-03-20", XSDDatatype.XSDdate)));
        assertViolation(report, meeting, "MaxCountConstraintComponent", GKG.date);
    }

    @Test
    void hostThatIsNotAParticipant() {
        ValidationReport report = validateVariant(m -> {
            Resource other = m.createResource(ID + "person-mikhail-mishustin")
                    .addProperty(RDF.type, GKG.Person).addProperty(RDFS.label, "Mikhail Mishustin");
            set(m, meeting, GKG.host, other);
        });
        assertViolations(report, 1, meeting, "SPARQLConstraintComponent", null, "host");
    }

    @Test
    void meetingWithoutEvidenceOrArticle() {
        ValidationReport report = validateVariant(m -> m.removeAll(meeting, GKG.evidence, null));
        assertViolation(report, meeting, "MinCountConstraintComponent", GKG.evidence);
        report = validateVariant(m -> m.removeAll(meeting, m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), null));
        // Without the article, the evidence check has nothing to compare with; only the count fails.
        assertViolation(report, meeting, "MinCountConstraintComponent",
                m().createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"));
    }

    @Test
    void aMeetingReportedByTwoArticlesConforms() {
        ValidationReport report = validateVariant(m -> {
            Resource other = m.createResource("https://w3id.org/geokg/article/other")
                    .addProperty(RDF.type, GKG.Article).addProperty(RDF.type, NIF.Context)
                    .addProperty(NIF.isString, "Other text.").addProperty(DCTerms.source, "other.json");
            meeting.inModel(m).addProperty(m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), other)
                    .addLiteral(GKG.confidence, new java.math.BigDecimal("0.5"));
        });
        assertTrue(report.conforms(), describe(report));
    }

    @Test
    void evidenceFromAnotherArticle() {
        ValidationReport report = validateVariant(m -> {
            Resource other = m.createResource("https://w3id.org/geokg/article/other")
                    .addProperty(RDF.type, GKG.Article).addProperty(RDF.type, NIF.Context)
                    .addProperty(NIF.isString, "Other text.").addProperty(DCTerms.source, "other.json");
            set(m, meeting, m.createProperty("http://www.w3.org/ns/prov#wasDerivedFrom"), other);
        });
        assertViolations(report, 1, meeting, "SPARQLConstraintComponent", null, "evidence");
    }

    @Test
    void confidenceOutOfRange() {
        ValidationReport report = validateVariant(m -> set(m, meeting, GKG.confidence,
                m.createTypedLiteral("1.5", XSDDatatype.XSDdecimal)));
        assertViolation(report, meeting, "MaxInclusiveConstraintComponent", GKG.confidence);
        report = validateVariant(m -> set(m, meeting, GKG.confidence, m.createTypedLiteral(0.5d)));
        assertViolation(report, meeting, "DatatypeConstraintComponent", GKG.confidence);
    }

    @Test
    void metWithANonAgent() {
        ValidationReport report = validateVariant(m -> m.add(putin, GKG.met, m.getResource(moscow.getURI())));
        assertViolation(report, moscow, "NodeConstraintComponent", null);
    }

    // --- Mentions and sentences ---

    @Test
    void mentionAnchorDoesNotMatchOffsets() {
        ValidationReport report = validateVariant(m -> set(m, putinMention, NIF.anchorOf, m.createLiteral("Xi Jinping")));
        assertViolations(report, 1, putinMention, "SPARQLConstraintComponent", null, "anchorOf");
    }

    @Test
    void sentenceAnchorDoesNotMatchOffsets() {
        ValidationReport report = validateVariant(m -> set(m, sentence, NIF.anchorOf,
                m.createLiteral("Russian President Vladimir Putin hosts Chinese leader Xi Jinping.")));
        assertViolations(report, 1, sentence, "SPARQLConstraintComponent", null, "anchorOf");
    }

    @Test
    void mentionEndBeyondText() {
        ValidationReport report = validateVariant(m -> {
            Resource bad = m.createResource(ART + "#char=180,190")
                    .addProperty(RDF.type, NIF.Phrase)
                    .addProperty(NIF.anchorOf, "n.")
                    .addLiteral(NIF.beginIndex, m.createTypedLiteral("180", XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, m.createTypedLiteral("190", XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NIF.referenceContext, m.getResource(article.getURI()))
                    .addProperty(NIF.sentence, m.getResource(sentence.getURI()))
                    .addProperty(ITSRDF.taIdentRef, m.getResource(putin.getURI()));
            assertTrue(bad.hasProperty(NIF.sentence));
        });
        // Out of the text, and out of its sentence.
        assertViolations(report, 2, res(ART + "#char=180,190"), "SPARQLConstraintComponent", null, null);
    }

    @Test
    void mentionBeginNotBeforeEnd() {
        ValidationReport report = validateVariant(m -> {
            set(m, putinMention, NIF.endIndex, m.createTypedLiteral("58", XSDDatatype.XSDnonNegativeInteger));
            set(m, putinMention, NIF.anchorOf, m.createLiteral(""));
        });
        // begin < end fails; the IRI no longer matches the offsets either.
        assertFalse(report.conforms());
        assertTrue(report.getEntries().stream().anyMatch(e -> e.focusNode().equals(putinMention.asNode())
                && e.sourceConstraintComponent().equals(NodeFactory.createURI(SH + "LessThanConstraintComponent"))),
                describe(report));
    }

    @Test
    void mentionIriDoesNotMatchOffsets() {
        ValidationReport report = validateVariant(m -> {
            set(m, putinMention, NIF.beginIndex, m.createTypedLiteral("67", XSDDatatype.XSDnonNegativeInteger));
            set(m, putinMention, NIF.anchorOf, m.createLiteral("Putin"));
        });
        assertViolations(report, 1, putinMention, "SPARQLConstraintComponent", null, "#char=");
    }

    @Test
    void offsetWithWrongDatatype() {
        ValidationReport report = validateVariant(m -> set(m, xiMention, NIF.beginIndex, m.createTypedLiteral(94)));
        assertViolation(report, xiMention, "DatatypeConstraintComponent", NIF.beginIndex);
    }

    @Test
    void mentionOutsideItsSentence() {
        ValidationReport report = validateVariant(m -> {
            Resource title = m.createResource(ART + "#char=0,5")
                    .addProperty(RDF.type, NIF.Phrase)
                    .addProperty(NIF.anchorOf, "Putin")
                    .addLiteral(NIF.beginIndex, m.createTypedLiteral("0", XSDDatatype.XSDnonNegativeInteger))
                    .addLiteral(NIF.endIndex, m.createTypedLiteral("5", XSDDatatype.XSDnonNegativeInteger))
                    .addProperty(NIF.referenceContext, m.getResource(article.getURI()))
                    .addProperty(NIF.sentence, m.getResource(sentence.getURI()))
                    .addProperty(ITSRDF.taIdentRef, m.getResource(putin.getURI()));
            assertTrue(title.hasProperty(NIF.sentence));
        });
        assertViolations(report, 1, res(ART + "#char=0,5"), "SPARQLConstraintComponent", null, "inside");
    }

    @Test
    void mentionLinkedToAPosition() {
        ValidationReport report = validateVariant(m -> set(m, putinMention, ITSRDF.taIdentRef, m.getResource(president.getURI())));
        assertViolation(report, putinMention, "NodeConstraintComponent", ITSRDF.taIdentRef);
    }

    @Test
    void mentionWithoutLink() {
        ValidationReport report = validateVariant(m -> m.removeAll(xiMention, ITSRDF.taIdentRef, null));
        assertViolation(report, xiMention, "MinCountConstraintComponent", ITSRDF.taIdentRef);
    }

    @Test
    void textOutsideTheBasicMultilingualPlane() {
        // U+1F1F7 U+1F1FA (a flag) is four UTF-16 units but two code points. Offsets are UTF-16 units.
        String text = "Xi Jinping met Putin. \uD83C\uDDF7\uD83C\uDDFA Putin met Xi.";
        int putinBegin = text.lastIndexOf("Putin");
        int xiEnd = "Xi Jinping".length();
        int sentenceEnd = "Xi Jinping met Putin.".length();
        ValidationReport report = validateVariant(m -> {
            set(m, m.getResource(article.getURI()), NIF.isString, m.createLiteral(text));
            m.removeAll(sentence, null, null);
            m.removeAll(putinMention, null, null);
            m.removeAll(xiMention, null, null);
            m.removeAll(meeting, GKG.evidence, null);
            Resource s1 = nifString(m, 0, sentenceEnd, text, NIF.Sentence);
            Resource s2 = nifString(m, sentenceEnd + 1, text.length(), text, NIF.Sentence);
            nifString(m, 0, xiEnd, text, NIF.Phrase).addProperty(NIF.sentence, s1)
                    .addProperty(ITSRDF.taIdentRef, m.getResource(xi.getURI()));
            nifString(m, putinBegin, putinBegin + 5, text, NIF.Phrase).addProperty(NIF.sentence, s2)
                    .addProperty(ITSRDF.taIdentRef, m.getResource(putin.getURI()));
            meeting.inModel(m).addProperty(GKG.evidence, s1);
        });
        assertTrue(report.conforms(), describe(report));

        // A wrong anchor before the flag is still found.
        report = validateVariant(m -> {
            set(m, m.getResource(article.getURI()), NIF.isString, m.createLiteral(text));
            m.removeAll(sentence, null, null);
            m.removeAll(putinMention, null, null);
            m.removeAll(xiMention, null, null);
            m.removeAll(meeting, GKG.evidence, null);
            Resource s1 = nifString(m, 0, sentenceEnd, text, NIF.Sentence);
            set(m, s1, NIF.anchorOf, m.createLiteral("Xi Jinping met Putin!"));
            meeting.inModel(m).addProperty(GKG.evidence, s1);
        });
        assertViolations(report, 1, res(ART + "#char=0," + sentenceEnd), "SPARQLConstraintComponent", null, "anchorOf");
    }

    private static Resource nifString(Model m, int begin, int end, String text, Resource type) {
        return m.createResource(ART + "#char=" + begin + "," + end)
                .addProperty(RDF.type, type)
                .addProperty(NIF.anchorOf, text.substring(begin, end))
                .addLiteral(NIF.beginIndex, m.createTypedLiteral(Integer.toString(begin), XSDDatatype.XSDnonNegativeInteger))
                .addLiteral(NIF.endIndex, m.createTypedLiteral(Integer.toString(end), XSDDatatype.XSDnonNegativeInteger))
                .addProperty(NIF.referenceContext, m.getResource(article.getURI()));
    }

    // --- Articles and entities ---

    @Test
    void articleWithoutText() {
        ValidationReport report = validateVariant(m -> m.removeAll(article, NIF.isString, null));
        assertViolation(report, article, "MinCountConstraintComponent", NIF.isString);
    }

    @Test
    void articleNotTypedAsNifContext() {
        ValidationReport report = validateVariant(m -> m.remove(article, RDF.type, NIF.Context));
        assertViolation(report, article, "HasValueConstraintComponent", RDF.type);
    }

    @Test
    void articleWithTwoSources() {
        ValidationReport report = validateVariant(m -> m.add(article, DCTerms.source, "copy.json"));
        assertViolation(report, article, "MaxCountConstraintComponent", DCTerms.source);
    }

    @Test
    void articleDateWithWrongDatatype() {
        ValidationReport report = validateVariant(m -> set(m, article, DCTerms.date, m.createLiteral("21 March 2023")));
        assertViolation(report, article, "DatatypeConstraintComponent", DCTerms.date);
    }

    @Test
    void personWithoutLabel() {
        ValidationReport report = validateVariant(m -> m.removeAll(xi, RDFS.label, null));
        assertViolation(report, xi, "MinCountConstraintComponent", RDFS.label);
    }

    @Test
    void positionOfSomethingThatIsNotAState() {
        ValidationReport report = validateVariant(m -> set(m, president, GKG.ofState, m.getResource(moscow.getURI())));
        assertViolation(report, president, "ClassConstraintComponent", GKG.ofState);
    }

    @Test
    void cityLocatedInAPerson() {
        ValidationReport report = validateVariant(m -> set(m, moscow, GKG.locatedIn, m.getResource(putin.getURI())));
        assertViolation(report, moscow, "NodeConstraintComponent", GKG.locatedIn);
    }

    private static Model m() {
        return ModelFactory.createDefaultModel();
    }

    @Test
    void anEntityLinkMustBeBackedByOwlSameAsAndPointToWikidataOrGeoNames() {
        Resource link = res(ART + "#link-1");
        Resource wikidata = res("http://www.wikidata.org/entity/Q7747");
        Consumer<Model> linkWithoutSameAs = m -> {
            m.add(link, RDF.type, GKG.EntityLink);
            m.add(link, GKG.linkedEntity, putin);
            m.add(link, GKG.linkTarget, wikidata);
            m.add(link, GKG.linkMethod, "people.tsv: full name");
            m.addLiteral(link, GKG.confidence, m.createTypedLiteral("0.97", XSDDatatype.XSDdecimal));
        };
        assertViolations(validateVariant(linkWithoutSameAs), 1, link, "SPARQLConstraintComponent", null,
                "owl:sameAs");
        assertTrue(validateVariant(linkWithoutSameAs.andThen(m -> m.add(putin,
                org.apache.jena.vocabulary.OWL.sameAs, wikidata))).conforms());
        assertViolation(validateVariant(linkWithoutSameAs.andThen(m -> {
            m.add(putin, org.apache.jena.vocabulary.OWL.sameAs, res("https://example.org/putin"));
            set(m, link, GKG.linkTarget, res("https://example.org/putin"));
        })), link, "PatternConstraintComponent", GKG.linkTarget);
    }

    @Test
    void aPositionHoldingNeedsItsHolderPositionAndSentence() {
        Resource holding = res(ART + "#position-1");
        ValidationReport report = validateVariant(m -> {
            m.add(holding, RDF.type, GKG.PositionHolding);
            m.add(holding, GKG.holder, putin);
            m.add(holding, GKG.position, president);
            m.add(holding, res("http://www.w3.org/ns/prov#wasDerivedFrom").as(Property.class), article);
        });
        assertViolation(report, holding, "MinCountConstraintComponent", GKG.evidence);
    }
}
