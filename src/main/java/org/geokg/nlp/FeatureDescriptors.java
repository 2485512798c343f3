package org.geokg.nlp;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Map;
import java.util.Set;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.util.XmlUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.BigramNameFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.FeatureGeneratorResourceProvider;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.SentenceFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenClassFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.TokenFeatureGeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds an OpenNLP model's feature generators from its XML descriptor with three changes that leave every feature as
 * it was, for callers that ask for each token's features once: no per-sentence cache around them (it copied each
 * list twice); {@link SentenceWindowFeatureGeneratorFactory} in place of OpenNLP's window factory (which asked the
 * windowed generators for each token five times) where the window holds only generators whose features depend on the
 * words alone (token, token class, sentence position), never on the outcomes already chosen; and
 * {@link WordFeatureGeneratorFactory}, {@link WordClassFeatureGeneratorFactory} and
 * {@link WordBigramFeatureGeneratorFactory} in place of OpenNLP's token, token class and bigram factories, which
 * lower-case every word through a stream of its code points or find a word's class three times.
 */
public final class FeatureDescriptors {
    /** The entry of an OpenNLP model that holds its feature descriptor. */
    public static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final String CACHE = "cache";
    private static final Set<String> WORDS_ONLY = Set.of(TokenFeatureGeneratorFactory.class.getName(),
            TokenClassFeatureGeneratorFactory.class.getName(), SentenceFeatureGeneratorFactory.class.getName());
    /** OpenNLP's factories of word features, and the factories of the same features that replace them. */
    private static final Map<String, String> SAME_FEATURES = Map.of(
            TokenFeatureGeneratorFactory.class.getName(), WordFeatureGeneratorFactory.class.getName(),
            TokenClassFeatureGeneratorFactory.class.getName(), WordClassFeatureGeneratorFactory.class.getName(),
            BigramNameFeatureGeneratorFactory.class.getName(), WordBigramFeatureGeneratorFactory.class.getName());

    private FeatureDescriptors() {
    }

    /** The generators the descriptor describes, with the changes above; resources come from the model. */
    public static AdaptiveFeatureGenerator generators(byte[] descriptor, FeatureGeneratorResourceProvider resources) {
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(rewritten(descriptor)), resources);
        } catch (IOException e) {
            throw new IllegalStateException("a model's feature descriptor cannot be read: " + e.getMessage(), e);
        }
    }

    /** Whether every generator inside the element depends on the words alone. */
    private static boolean wordsOnly(Element window) {
        NodeList inside = window.getElementsByTagName("generator");
        for (int i = 0; i < inside.getLength(); i++) {
            if (!WORDS_ONLY.contains(((Element) inside.item(i)).getAttribute("class"))) {
                return false;
            }
        }
        return inside.getLength() > 0;
    }

    /** The descriptor without the cache, with the sentence window factory and the word feature factories. */
    static byte[] rewritten(byte[] descriptor) throws IOException {
        try {
            Document dom = XmlUtil.createDocumentBuilder().parse(new ByteArrayInputStream(descriptor));
            Element root = dom.getDocumentElement();
            if (root.hasAttribute(CACHE)) {
                root.setAttribute(CACHE, "false");
            }
            NodeList generators = dom.getElementsByTagName("generator");
            for (int i = 0; i < generators.getLength(); i++) {
                Element generator = (Element) generators.item(i);
                if (WindowFeatureGeneratorFactory.class.getName().equals(generator.getAttribute("class"))
                        && wordsOnly(generator)) {
                    generator.setAttribute("class", SentenceWindowFeatureGeneratorFactory.class.getName());
                }
            }
            for (int i = 0; i < generators.getLength(); i++) {
                Element generator = (Element) generators.item(i);
                String same = SAME_FEATURES.get(generator.getAttribute("class"));
                if (same != null) {
                    generator.setAttribute("class", same);
                }
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream(descriptor.length);
            var transformer = TransformerFactory.newInstance().newTransformer();
            transformer.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
            transformer.transform(new DOMSource(dom), new StreamResult(out));
            return out.toByteArray();
        } catch (SAXException | TransformerException e) {
            throw new IOException(e.getMessage(), e);
        }
    }
}
