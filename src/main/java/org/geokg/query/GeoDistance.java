package org.geokg.query;

import org.apache.jena.datatypes.DatatypeFormatException;
import org.apache.jena.geosparql.implementation.GeometryWrapper;
import org.apache.jena.geosparql.implementation.UnitsConversionException;
import org.apache.jena.sparql.expr.ExprEvalException;
import org.apache.jena.sparql.expr.NodeValue;
import org.apache.jena.sparql.function.FunctionBase3;
import org.apache.jena.sparql.util.FmtUtils;
import org.opengis.geometry.MismatchedDimensionException;
import org.opengis.referencing.operation.TransformException;
import org.opengis.util.FactoryException;

/**
 * {@code geof:distance(geom1, geom2, units)} as GeoSPARQL 1.1 defines it: for points in a geographic CRS (the CRS84
 * points of GeoKG's places) and linear units, the great-circle distance. Jena 5.6.0's own {@code geof:distance} is
 * planar in the units of the CRS, degrees, and fails for kilometres (apache/jena#3320); this is the behaviour Jena
 * adopted upstream (apache/jena#4016), {@code GeometryWrapper.distance}, registered in its place by
 * {@link GeoSparql}. Stateless and thread-safe.
 */
public final class GeoDistance extends FunctionBase3 {
    /** The IRI of the function. */
    public static final String IRI = "http://www.opengis.net/def/function/geosparql/distance";

    @Override
    public NodeValue exec(NodeValue geometry1, NodeValue geometry2, NodeValue units) {
        if (!units.isIRI()) {
            throw new ExprEvalException("geof:distance: the units are not an IRI: " + FmtUtils.stringForNode(
                    units.asNode()));
        }
        try {
            return NodeValue.makeDouble(GeometryWrapper.extract(geometry1).distance(GeometryWrapper.extract(
                    geometry2), units.asNode().getURI()));
        } catch (DatatypeFormatException | FactoryException | MismatchedDimensionException | TransformException
                 | UnitsConversionException e) {
            throw new ExprEvalException("geof:distance: " + e.getMessage(), e);
        }
    }
}
