package org.geokg.rdf;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.geokg.link.EntityLink;
import org.geokg.resolve.EntityKeys;

/**
 * Mints the IRIs of GeoKG resources: articles under {@code https://w3id.org/geokg/article/}, entities, positions and
 * meetings under {@code https://w3id.org/geokg/id/}, and sentences, mentions, links and position holdings as
 * fragments of their article's IRI ({@code #char=B,E} for text spans, as NIF does).
 */
public final class Iris {
    /** Namespace of article IRIs. */
    public static final String ARTICLE_NS = "https://w3id.org/geokg/article/";
    /** Namespace of entity and position IRIs. */
    public static final String ID_NS = "https://w3id.org/geokg/id/";

    /** The named graph of the summary: counts per entity and per pair of agents that met, over all articles. */
    public static final Node SUMMARY_GRAPH = NodeFactory.createURI(ID_NS + "summary");

    private Iris() {
    }

    /**
     * The IRI of a node of the summary graph of this kind ({@code pair}, {@code report}, {@code count}) and key
     * ({@code https://w3id.org/geokg/id/summary/pair/} and a hash of the key).
     */
    public static Node summaryNode(String kind, String key) {
        return NodeFactory.createURI(ID_NS + "summary/" + kind + "/" + shortHash(key));
    }

    /** The IRI of the article with this id; ids with characters unsafe in an IRI are slugged and hashed. */
    public static Node article(String articleId) {
        String local = articleId.matches("[A-Za-z0-9._~-]+") ? articleId
                : EntityKeys.slug(articleId) + "-" + shortHash(articleId);
        return NodeFactory.createURI(ARTICLE_NS + local);
    }

    /** The IRI of a span of an article's text. */
    public static Node span(Node article, int begin, int end) {
        return NodeFactory.createURI(article.getURI() + "#char=" + begin + "," + end);
    }

    /**
     * The IRI of the meeting with this identity key: the same key, from whichever article, gives the same meeting
     * ({@code https://w3id.org/geokg/id/meeting/} and a hash of the key).
     */
    public static Node meeting(String key) {
        return NodeFactory.createURI(ID_NS + "meeting/" + shortHash(key));
    }

    /** The IRI of an entity with this key ({@code person/vladimir-putin}). */
    public static Node entity(String key) {
        return NodeFactory.createURI(ID_NS + key);
    }

    /**
     * The IRI of an entity, minted from its most stable key: its Wikidata id when linked ({@code id/Q7747}), else its
     * GeoNames id ({@code id/geonames/524901}), else its type and normalized name ({@code id/person/john-kirby}).
     */
    public static Node entity(String key, EntityLink link) {
        if (link == null) {
            return entity(key);
        }
        return NodeFactory.createURI(ID_NS + (link.wikidata() != null ? link.wikidata()
                : "geonames/" + link.geonames()));
    }

    /** The IRI of the point of a linked place: {@code id/geometry/Q159} for {@code id/Q159}. */
    public static Node geometry(Node entity) {
        return NodeFactory.createURI(ID_NS + "geometry/" + entity.getURI().substring(ID_NS.length()));
    }

    /** The IRI of the n-th entity link stated by an article, from 1. */
    public static Node link(Node article, int n) {
        return NodeFactory.createURI(article.getURI() + "#link-" + n);
    }

    /** The IRI of the n-th position holding stated by an article, from 1. */
    public static Node positionHolding(Node article, int n) {
        return NodeFactory.createURI(article.getURI() + "#position-" + n);
    }

    /** The IRI of the position with this label ("President of Russia"). */
    public static Node position(String label) {
        return NodeFactory.createURI(ID_NS + "position/" + EntityKeys.slug(label));
    }

    private static String shortHash(String s) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
