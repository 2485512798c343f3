package org.geokg.rdf.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL2;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.XSD;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Checks that ontology/geokg.ttl, ontology/shapes.ttl and the vocabulary classes agree. */
class VocabularyTest {

    private static final Set<Resource> TERM_KINDS =
            Set.of(OWL2.Class, OWL2.ObjectProperty, OWL2.DatatypeProperty, OWL2.NamedIndividual);

    private static Model ontology;
    private static Model shapes;

    static Path projectDir() {
        return Path.of(System.getProperty("basedir", "."));
    }

    @BeforeAll
    static void load() {
        ontology = RDFDataMgr.loadModel(projectDir().resolve("ontology/geokg.ttl").toString());
        shapes = RDFDataMgr.loadModel(projectDir().resolve("ontology/shapes.ttl").toString());
    }

    /** The gkg: terms that geokg.ttl declares, by local name. */
    private static Map<String, Resource> declaredTerms() {
        Map<String, Resource> terms = new TreeMap<>();
        ontology.listStatements(null, RDF.type, (RDFNode) null).forEach(st -> {
            Resource s = st.getSubject();
            if (s.isURIResource() && s.getURI().startsWith(GKG.NS) && TERM_KINDS.contains(st.getResource())) {
                terms.put(s.getURI().substring(GKG.NS.length()), s);
            }
        });
        return terms;
    }

    /** The public static Resource/Property constants of a vocabulary class, by field name. */
    private static Map<String, Resource> constants(Class<?> vocab) throws IllegalAccessException {
        Map<String, Resource> constants = new TreeMap<>();
        for (Field f : vocab.getFields()) {
            int m = f.getModifiers();
            if (Modifier.isStatic(m) && Modifier.isFinal(m) && Resource.class.isAssignableFrom(f.getType())) {
                constants.put(f.getName(), (Resource) f.get(null));
            }
        }
        return constants;
    }

    /** Every IRI in a model's triples (subjects, predicates, objects) in a namespace. */
    private static Set<String> irisIn(Model model, String ns) {
        Set<String> iris = new TreeSet<>();
        model.listStatements().forEach(st -> {
            for (RDFNode n : List.of(st.getSubject(), st.getPredicate(), st.getObject())) {
                if (n.isURIResource() && n.asResource().getURI().startsWith(ns)) {
                    iris.add(n.asResource().getURI());
                }
            }
        });
        return iris;
    }

    @Test
    void ontologyHeader() {
        Resource onto = ontology.getResource(GKG.ONTOLOGY_IRI);
        assertEquals(List.of(onto), ontology.listSubjectsWithProperty(RDF.type, OWL2.Ontology).toList());
        assertTrue(onto.hasProperty(RDFS.label));
        assertTrue(onto.hasProperty(RDFS.comment));
        assertTrue(onto.hasProperty(OWL2.versionInfo));
        assertTrue(onto.hasProperty(DCTerms.license, ontology.getResource("https://www.apache.org/licenses/LICENSE-2.0")));
        assertTrue(onto.hasProperty(DCTerms.creator, "The GeoKG developers"));
    }

    @Test
    void everyConstantIsDeclaredAndEveryTermHasAConstant() throws IllegalAccessException {
        Map<String, Resource> declared = declaredTerms();
        Map<String, Resource> constants = constants(GKG.class);
        assertEquals(declared.keySet(), constants.keySet());
        constants.forEach((name, r) -> assertEquals(GKG.NS + name, r.getURI(), "GKG." + name));
        assertEquals(73, constants.size());
    }

    @Test
    void constantKindsMatchDeclarations() throws IllegalAccessException {
        constants(GKG.class).forEach((name, r) -> {
            Resource term = ontology.getResource(r.getURI());
            boolean isProperty = term.hasProperty(RDF.type, OWL2.ObjectProperty)
                    || term.hasProperty(RDF.type, OWL2.DatatypeProperty);
            assertEquals(isProperty, r instanceof Property, "GKG." + name + " Property constant iff property");
        });
    }

    @Test
    void everyTermHasOneEnglishLabelAndComment() {
        declaredTerms().forEach((name, term) -> {
            for (Property p : List.of(RDFS.label, RDFS.comment)) {
                List<Statement> values = term.listProperties(p).toList();
                assertEquals(1, values.size(), name + " " + p.getLocalName());
                Literal lit = values.get(0).getLiteral();
                assertEquals("en", lit.getLanguage(), name + " " + p.getLocalName());
                assertFalse(lit.getLexicalForm().isBlank(), name + " " + p.getLocalName());
            }
            assertTrue(term.getProperty(RDFS.comment).getString().endsWith("."), name + " comment is a sentence");
        });
    }

    @Test
    void everyGkgIriUsedIsDeclared() {
        Set<String> declared = new TreeSet<>();
        declaredTerms().values().forEach(r -> declared.add(r.getURI()));
        Set<String> usedInOntology = irisIn(ontology, GKG.NS);
        Set<String> usedInShapes = irisIn(shapes, GKG.NS);
        usedInOntology.removeAll(declared);
        usedInShapes.removeAll(declared);
        assertEquals(Set.of(), usedInOntology, "gkg: IRIs used but not declared in geokg.ttl");
        assertEquals(Set.of(), usedInShapes, "gkg: IRIs used in shapes.ttl but not declared in geokg.ttl");
    }

    @Test
    void externalTermsAreDeclared() {
        // So that OWL tools can load geokg.ttl on its own.
        List<Property> axioms = List.of(RDFS.subClassOf, RDFS.subPropertyOf, RDFS.domain, RDFS.range);
        List<String> undeclared = new ArrayList<>();
        for (Property p : axioms) {
            ontology.listStatements(null, p, (RDFNode) null).forEach(st -> {
                RDFNode o = st.getObject();
                if (!o.isURIResource()) {
                    return;
                }
                String iri = o.asResource().getURI();
                if (iri.startsWith(XSD.NS) || iri.equals(RDFS.Literal.getURI())) {
                    return;
                }
                if (!o.asResource().hasProperty(RDF.type)) {
                    undeclared.add(iri);
                }
            });
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void nifAndItsConstants() throws IllegalAccessException {
        Map<Class<?>, String> namespaces = Map.of(NIF.class, NIF.NS, ITSRDF.class, ITSRDF.NS);
        namespaces.forEach((vocab, ns) -> {
            try {
                constants(vocab).forEach((name, r) -> assertEquals(ns + name, r.getURI(), vocab.getSimpleName() + "." + name));
            } catch (IllegalAccessException e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(10, constants(NIF.class).size());
        assertEquals(2, constants(ITSRDF.class).size());
        assertEquals("http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#String", NIF.String.getURI());
        // Every NIF and ITS term that the shapes use has a constant.
        Set<String> known = new TreeSet<>();
        constants(NIF.class).values().forEach(r -> known.add(r.getURI()));
        constants(ITSRDF.class).values().forEach(r -> known.add(r.getURI()));
        Set<String> used = irisIn(shapes, NIF.NS);
        used.addAll(irisIn(shapes, ITSRDF.NS));
        used.removeAll(known);
        assertEquals(Set.of(), used);
    }
}
