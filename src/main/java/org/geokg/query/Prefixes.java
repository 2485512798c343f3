package org.geokg.query;

import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.shared.impl.PrefixMappingImpl;

/** The prefixes every GeoKG query may use without declaring them. */
public final class Prefixes {
    private Prefixes() {
    }

    /**
     * A new mapping of the standard prefixes: gkg, id, article, nif, itsrdf, rdf, rdfs, owl, xsd, skos, dcterms, prov,
     * schema, wd, wdt, and GeoSPARQL's geo, geof (functions) and uom (units).
     */
    public static PrefixMapping standard() {
        PrefixMapping prefixes = new PrefixMappingImpl();
        prefixes.setNsPrefix("gkg", "https://w3id.org/geokg/ontology#");
        prefixes.setNsPrefix("id", "https://w3id.org/geokg/id/");
        prefixes.setNsPrefix("article", "https://w3id.org/geokg/article/");
        prefixes.setNsPrefix("nif", "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#");
        prefixes.setNsPrefix("itsrdf", "http://www.w3.org/2005/11/its/rdf#");
        prefixes.setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#");
        prefixes.setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#");
        prefixes.setNsPrefix("owl", "http://www.w3.org/2002/07/owl#");
        prefixes.setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#");
        prefixes.setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        prefixes.setNsPrefix("dcterms", "http://purl.org/dc/terms/");
        prefixes.setNsPrefix("prov", "http://www.w3.org/ns/prov#");
        prefixes.setNsPrefix("schema", "https://schema.org/");
        prefixes.setNsPrefix("wd", "http://www.wikidata.org/entity/");
        prefixes.setNsPrefix("wdt", "http://www.wikidata.org/prop/direct/");
        prefixes.setNsPrefix("geo", "http://www.opengis.net/ont/geosparql#");
        prefixes.setNsPrefix("geof", "http://www.opengis.net/def/function/geosparql/");
        prefixes.setNsPrefix("uom", "http://www.opengis.net/def/uom/OGC/1.0/");
        return prefixes;
    }
}
