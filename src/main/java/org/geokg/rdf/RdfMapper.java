package org.geokg.rdf;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.geokg.article.Article;
import org.geokg.extract.ArticleAnalysis;
import org.geokg.lexicon.EntityType;
import org.geokg.link.EntityLink;
import org.geokg.link.GeoPoint;
import org.geokg.meeting.EventCode;
import org.geokg.meeting.Meeting;
import org.geokg.nlp.Sentence;
import org.geokg.rdf.vocab.GEO;
import org.geokg.rdf.vocab.GKG;
import org.geokg.rdf.vocab.ITSRDF;
import org.geokg.rdf.vocab.NIF;
import org.geokg.resolve.ActingAgent;
import org.geokg.resolve.Entity;
import org.geokg.resolve.Position;
import org.geokg.resolve.ResolvedMention;

/**
 * Maps an analysed article to the triples of its named graph: the article as a NIF context with its text, the
 * sentences that hold mentions or evidence, every mention as a NIF phrase pointing to its entity, the entities with
 * labels and aliases, their links and the points of linked places ({@code geo:hasGeometry}), positions, and meetings
 * with participants, place, date, status, evidence and provenance; {@code gkg:met} both ways for every pair of
 * participants of a meeting that took place.
 *
 * <p>Stateless and thread-safe.
 */
public final class RdfMapper {
    private static final Node PROV_DERIVED = NodeFactory.createURI("http://www.w3.org/ns/prov#wasDerivedFrom");

    /** The IRI of the graph (and resource) of an article. */
    public Node articleIri(Article article) {
        return Iris.article(article.id());
    }

    /** All triples extracted from one article. */
    public Graph map(ArticleAnalysis analysis) {
        Graph g = new ArticleGraph();
        Article article = analysis.article();
        Node a = articleIri(article);
        add(g, a, RDF.type, GKG.Article);
        add(g, a, RDF.type, NIF.Context);
        g.add(a, NIF.isString.asNode(), string(article.text()));
        g.add(a, DCTerms.source.asNode(), string(article.source()));
        if (article.title() != null) {
            g.add(a, DCTerms.title.asNode(), string(article.title()));
        }
        if (article.published() != null) {
            g.add(a, DCTerms.date.asNode(), NodeFactory.createLiteralDT(article.published().toString(),
                    XSDDatatype.XSDdate));
        }
        if (article.url() != null) {
            g.add(a, NodeFactory.createURI("https://schema.org/url"), string(article.url()));
        }
        for (Map.Entry<String, String> field : article.metadata().entrySet()) {
            Property property = switch (field.getKey()) {
                case "publisher" -> DCTerms.publisher;
                case "license" -> DCTerms.license;
                case "language" -> DCTerms.language;
                default -> GKG.metadata;
            };
            String value = property == GKG.metadata ? field.getKey() + ": " + field.getValue() : field.getValue();
            g.add(a, property.asNode(), string(value));
        }
        Function<String, Node> iri = key -> Iris.entity(key, analysis.links().get(key));
        Set<Integer> sentences = new HashSet<>();
        for (ResolvedMention resolved : analysis.mentions()) {
            var m = resolved.mention();
            Node phrase = Iris.span(a, m.begin(), m.end());
            add(g, phrase, RDF.type, NIF.Phrase);
            span(g, a, phrase, m.text(), m.begin(), m.end());
            g.add(phrase, NIF.sentence.asNode(), sentence(g, a, analysis, m.sentence(), sentences));
            g.add(phrase, ITSRDF.taIdentRef.asNode(), iri.apply(resolved.entity()));
            g.add(phrase, ITSRDF.taClassRef.asNode(), typeOf(analysis.entities().get(resolved.entity()).type())
                    .asNode());
            g.add(phrase, GKG.extractedBy.asNode(), string(m.rule()));
        }
        for (ActingAgent agent : analysis.actingAgents()) {
            var m = agent.mention().mention();
            g.add(Iris.span(a, m.begin(), m.end()), GKG.actingAgent.asNode(), iri.apply(agent.state()));
        }
        int links = 0;
        for (Entity entity : analysis.entities().values()) {
            EntityLink link = analysis.links().get(entity.key());
            Node e = iri.apply(entity.key());
            add(g, e, RDF.type, typeOf(entity.type()));
            String label = link == null ? entity.label() : link.label();
            g.add(e, RDFS.label.asNode(), string(label));
            if (!label.equals(entity.label())) {
                g.add(e, SKOS.altLabel.asNode(), string(entity.label()));
            }
            entity.aliases().stream().filter(alias -> !alias.equals(label))
                    .forEach(alias -> g.add(e, SKOS.altLabel.asNode(), string(alias)));
            g.add(e, GKG.reportedIn.asNode(), a);
            if (entity.type() != EntityType.STATE && entity.country() != null && entity.type().isPlace()) {
                String stateKey = analysis.entities().values().stream()
                        .filter(s -> s.type() == EntityType.STATE && entity.country().equals(s.country()))
                        .map(Entity::key).findFirst().orElse(null);
                if (stateKey != null) {
                    g.add(e, GKG.locatedIn.asNode(), iri.apply(stateKey));
                }
            }
            if (link != null) {
                links = link(g, a, e, link, links);
            }
        }
        int holdings = 0;
        for (Position position : analysis.positions()) {
            Node p = Iris.position(position.label());
            add(g, p, RDF.type, GKG.Position);
            g.add(p, RDFS.label.asNode(), string(position.label()));
            g.add(p, GKG.roleTitle.asNode(), string(position.title()));
            g.add(p, GKG.ofState.asNode(), iri.apply(position.state()));
            Node person = iri.apply(position.person());
            g.add(person, GKG.holdsPosition.asNode(), p);
            Node holding = Iris.positionHolding(a, ++holdings);
            add(g, holding, RDF.type, GKG.PositionHolding);
            g.add(holding, GKG.holder.asNode(), person);
            g.add(holding, GKG.position.asNode(), p);
            g.add(holding, GKG.evidence.asNode(), sentence(g, a, analysis, position.sentence(), sentences));
            g.add(holding, PROV_DERIVED, a);
            if (article.published() != null) {
                g.add(holding, GKG.reportedOn.asNode(), NodeFactory.createLiteralDT(article.published().toString(),
                        XSDDatatype.XSDdate));
            }
        }
        for (Meeting meeting : analysis.meetings()) {
            meeting(g, a, analysis, meeting, sentences, iri);
        }
        return g;
    }

    /** The {@code owl:sameAs} links of an entity and their method and confidence; returns the links numbered so far. */
    private static int link(Graph g, Node a, Node entity, EntityLink link, int numbered) {
        int n = numbered;
        for (String target : new String[] {link.wikidataIri(), link.geonamesIri()}) {
            if (target == null) {
                continue;
            }
            Node t = NodeFactory.createURI(target);
            g.add(entity, OWL.sameAs.asNode(), t);
            Node l = Iris.link(a, ++n);
            add(g, l, RDF.type, GKG.EntityLink);
            g.add(l, GKG.linkedEntity.asNode(), entity);
            g.add(l, GKG.linkTarget.asNode(), t);
            g.add(l, GKG.linkMethod.asNode(), string(link.method()));
            g.add(l, GKG.confidence.asNode(), decimal(link.confidence()));
            g.add(l, PROV_DERIVED, a);
        }
        if (link.point() != null) {
            point(g, entity, link.point());
        }
        if (link.iso2() != null) {
            g.add(entity, GKG.iso3166Alpha2.asNode(), string(link.iso2()));
        }
        if (link.iso3() != null) {
            g.add(entity, GKG.iso3166Alpha3.asNode(), string(link.iso3()));
        }
        return n;
    }

    /**
     * The point of a linked place, under an IRI made from the entity's, so that every article writes the same
     * triples: its WKT, the GeoNames record it comes from and how that record was chosen.
     */
    private static void point(Graph g, Node entity, GeoPoint point) {
        Node geometry = Iris.geometry(entity);
        g.add(entity, GEO.hasGeometry.asNode(), geometry);
        add(g, geometry, RDF.type, GEO.Geometry);
        g.add(geometry, GEO.asWKT.asNode(), NodeFactory.createLiteralDT(point.wkt(), GEO.wktLiteral));
        g.add(geometry, PROV_DERIVED, NodeFactory.createURI(point.geonamesIri()));
        g.add(geometry, GKG.pointMethod.asNode(), string(point.method()));
    }

    /**
     * Writes a meeting under the IRI of its identity key, so that the articles reporting the same meeting write the
     * same resource, each in its own graph: the union graph holds one meeting with the evidence and provenance of
     * every article, and replacing or removing one article's graph leaves the other articles' reports of it.
     */
    private void meeting(Graph g, Node a, ArticleAnalysis analysis, Meeting meeting, Set<Integer> sentences,
                         Function<String, Node> iri) {
        Node m = Iris.meeting(meetingKey(meeting, analysis));
        add(g, m, RDF.type, switch (meeting.kind()) {
            case TALKS -> GKG.Talks;
            case SUMMIT -> GKG.Summit;
            case VISIT -> GKG.Visit;
            case PHONE_CALL -> GKG.PhoneCall;
            case MEETING -> GKG.Meeting;
        });
        for (String participant : meeting.participants()) {
            g.add(m, GKG.participant.asNode(), iri.apply(participant));
        }
        if (meeting.host() != null) {
            g.add(m, GKG.host.asNode(), iri.apply(meeting.host()));
        }
        if (meeting.place() != null) {
            g.add(m, GKG.place.asNode(), iri.apply(meeting.place()));
        }
        if (meeting.date() != null) {
            XSDDatatype type = switch (meeting.date().precision()) {
                case DAY -> XSDDatatype.XSDdate;
                case MONTH -> XSDDatatype.XSDgYearMonth;
                case YEAR -> XSDDatatype.XSDgYear;
            };
            g.add(m, GKG.date.asNode(), NodeFactory.createLiteralDT(meeting.date().lexical(), type));
        }
        add(g, m, GKG.status, switch (meeting.status()) {
            case OCCURRED -> GKG.occurred;
            case PLANNED -> GKG.planned;
            case CANCELLED -> GKG.cancelled;
        });
        for (int s : meeting.evidence()) {
            g.add(m, GKG.evidence.asNode(), sentence(g, a, analysis, s, sentences));
        }
        EventCode code = EventCode.of(meeting);
        g.add(m, GKG.cameoCode.asNode(), string(code.cameo()));
        g.add(m, GKG.ploverType.asNode(), string(code.ploverType()));
        if (code.ploverMode() != null) {
            g.add(m, GKG.ploverMode.asNode(), string(code.ploverMode()));
        }
        g.add(m, PROV_DERIVED, a);
        g.add(m, GKG.confidence.asNode(), decimal(meeting.confidence()));
        g.add(m, GKG.extractedBy.asNode(), string(meeting.rule()));
        if (meeting.status() == Meeting.Status.OCCURRED) {
            for (String p : meeting.participants()) {
                for (String q : meeting.participants()) {
                    if (!p.equals(q)) {
                        g.add(iri.apply(p), GKG.met.asNode(), iri.apply(q));
                    }
                }
            }
        }
    }

    /**
     * The identity of a meeting across articles: the IRIs of its participants (Wikidata-based when linked, so that
     * spellings do not matter), sorted, its kind, status and date. A meeting without a
     * date is only known to be the same within its article, so its key holds the article id.
     */
    static String meetingKey(Meeting meeting, ArticleAnalysis analysis) {
        java.util.SortedSet<String> participants = new java.util.TreeSet<>();
        meeting.participants().forEach(p -> participants.add(Iris.entity(p, analysis.links().get(p)).getURI()));
        return String.join(" ", participants) + "|" + meeting.kind() + "|" + meeting.status() + "|"
                + (meeting.date() != null ? meeting.date().lexical() : "undated:" + analysis.article().id());
    }

    private static Node sentence(Graph g, Node a, ArticleAnalysis analysis, int index, Set<Integer> written) {
        Sentence sentence = analysis.text().sentences().get(index);
        Node s = Iris.span(a, sentence.begin(), sentence.end());
        if (written.add(index)) {
            add(g, s, RDF.type, NIF.Sentence);
            span(g, a, s, analysis.text().span(sentence.begin(), sentence.end()), sentence.begin(), sentence.end());
        }
        return s;
    }

    private static void span(Graph g, Node article, Node s, String text, int begin, int end) {
        g.add(s, NIF.anchorOf.asNode(), string(text));
        g.add(s, NIF.beginIndex.asNode(), NodeFactory.createLiteralDT(String.valueOf(begin),
                XSDDatatype.XSDnonNegativeInteger));
        g.add(s, NIF.endIndex.asNode(), NodeFactory.createLiteralDT(String.valueOf(end),
                XSDDatatype.XSDnonNegativeInteger));
        g.add(s, NIF.referenceContext.asNode(), article);
    }

    private static Resource typeOf(EntityType type) {
        return switch (type) {
            case PERSON -> GKG.Person;
            case STATE -> GKG.State;
            case ORGANIZATION -> GKG.Organization;
            case CITY -> GKG.City;
            case REGION -> GKG.Region;
            case LOCATION -> GKG.Place;
        };
    }

    private static void add(Graph g, Node s, Resource p, Resource o) {
        g.add(Triple.create(s, p.asNode(), o.asNode()));
    }

    private static Node decimal(double value) {
        return NodeFactory.createLiteralDT(String.valueOf(Math.round(value * 100) / 100.0), XSDDatatype.XSDdecimal);
    }

    private static Node string(String value) {
        return NodeFactory.createLiteralString(value);
    }
}
