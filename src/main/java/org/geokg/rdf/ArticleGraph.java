package org.geokg.rdf;

import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;

/**
 * The triples of one article's graph, kept in the order they were made; a triple made twice is kept once. A find
 * reads them all, which suits a graph of a few hundred triples written once and read a few times (by the summary and
 * the store). Jena's in-memory graph indexes every triple three ways as it is added: that was 3 % of an ingest's
 * samples, and its {@code add} was among the largest of the JIT compiler's tasks, compiled five times per run.
 */
public final class ArticleGraph extends GraphBase {
    private final Set<Triple> triples = new LinkedHashSet<>();

    @Override
    public void performAdd(Triple triple) {
        triples.add(triple);
    }

    @Override
    public void performDelete(Triple triple) {
        triples.remove(triple);
    }

    @Override
    protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
        if (!pattern.getSubject().isConcrete() && !pattern.getPredicate().isConcrete()
                && !pattern.getObject().isConcrete()) {
            return WrappedIterator.create(triples.iterator());
        }
        return WrappedIterator.create(triples.stream().filter(pattern::matches).iterator());
    }

    @Override
    protected boolean graphBaseContains(Triple triple) {
        return triple.isConcrete() ? triples.contains(triple) : super.graphBaseContains(triple);
    }

    @Override
    protected int graphBaseSize() {
        return triples.size();
    }
}
