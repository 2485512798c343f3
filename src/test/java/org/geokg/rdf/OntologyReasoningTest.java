package org.geokg.rdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.apache.jena.rdf.model.InfModel;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.reasoner.ReasonerRegistry;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.vocabulary.RDF;
import org.geokg.rdf.vocab.GKG;
import org.junit.jupiter.api.Test;

/** The ontology and the conforming data set together, under Jena's OWL Micro reasoner. */
class OntologyReasoningTest {

    @Test
    void ontologyAndDataAreConsistentAndGiveTheExpectedInferences() {
        Path dir = Path.of(System.getProperty("basedir", "."));
        Model ontology = RDFDataMgr.loadModel(dir.resolve("ontology/geokg.ttl").toString());
        Model data = ModelFactory.createModelForGraph(
                RDFParser.source(dir.resolve("src/test/resources/org/geokg/rdf/conforming.trig"))
                        .lang(Lang.TRIG).toDatasetGraph().getUnionGraph());
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ontology, data);
        assertTrue(inf.validate().isValid(), "consistent");

        Resource putin = inf.getResource("https://w3id.org/geokg/id/person-vladimir-putin");
        Resource russia = inf.getResource("https://w3id.org/geokg/id/state-ru");
        Resource meeting = inf.getResource("https://w3id.org/geokg/id/meeting-voa-putin-xi-2023-03-21-1");
        assertTrue(inf.contains(putin, RDF.type, GKG.Agent));
        assertTrue(inf.contains(putin, RDF.type, inf.getResource("https://schema.org/Person")));
        assertTrue(inf.contains(putin, RDF.type, inf.getResource("http://xmlns.com/foaf/0.1/Person")));
        assertTrue(inf.contains(russia, RDF.type, GKG.Place));
        assertTrue(inf.contains(russia, RDF.type, GKG.Agent));
        assertTrue(inf.contains(meeting, RDF.type, GKG.Meeting));
        assertTrue(inf.contains(meeting, RDF.type, inf.getResource("http://semanticweb.cs.vu.nl/2009/11/sem/Event")));
        assertTrue(inf.contains(meeting, inf.getProperty("http://semanticweb.cs.vu.nl/2009/11/sem/hasActor"), putin));
        // gkg:host is a sub-property of gkg:participant.
        Model hostOnly = ModelFactory.createDefaultModel();
        Resource visit = hostOnly.createResource("urn:example:visit").addProperty(RDF.type, GKG.Visit)
                .addProperty(GKG.host, putin);
        InfModel inf2 = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ontology, hostOnly);
        assertTrue(inf2.contains(visit, GKG.participant, putin));
    }

    @Test
    void metIsSymmetric() {
        Path dir = Path.of(System.getProperty("basedir", "."));
        Model ontology = RDFDataMgr.loadModel(dir.resolve("ontology/geokg.ttl").toString());
        Model data = ModelFactory.createDefaultModel();
        Resource a = data.createResource("urn:example:a").addProperty(RDF.type, GKG.Person);
        Resource b = data.createResource("urn:example:b").addProperty(RDF.type, GKG.State);
        a.addProperty(GKG.met, b);
        InfModel inf = ModelFactory.createInfModel(ReasonerRegistry.getOWLMicroReasoner(), ontology, data);
        assertTrue(inf.contains(b, GKG.met, a));
    }
}
