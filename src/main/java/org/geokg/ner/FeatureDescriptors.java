package org.geokg.ner;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import opennlp.tools.namefind.TokenNameFinderModel;
import opennlp.tools.util.XmlUtil;
import opennlp.tools.util.featuregen.AdaptiveFeatureGenerator;
import opennlp.tools.util.featuregen.GeneratorFactory;
import opennlp.tools.util.featuregen.WindowFeatureGeneratorFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Builds a name finder model's feature generators for {@link NameDecoder}, from the model's own descriptor with two
 * changes that leave every feature as it was: no per-sentence cache around them (the decoder asks for each token's
 * features once, and the cache copied each list twice), and {@link SentenceWindowFeatureGeneratorFactory} in place of
 * OpenNLP's window factory (which asked the windowed generators for each token five times).
 */
final class FeatureDescriptors {
    private static final String DESCRIPTOR_ENTRY = "generator.featuregen";
    private static final String CACHE = "cache";

    private FeatureDescriptors() {
    }

    /** The model's feature generators for decoding; the factory's own when the model has no descriptor. */
    static AdaptiveFeatureGenerator forDecoding(TokenNameFinderModel model) {
        byte[] descriptor = model.getArtifact(DESCRIPTOR_ENTRY);
        if (descriptor == null) {
            return model.getFactory().createFeatureGenerators();
        }
        try {
            return GeneratorFactory.create(new ByteArrayInputStream(rewritten(descriptor)), model::getArtifact);
        } catch (IOException e) {
            throw new IllegalStateException("the name finder's feature descriptor cannot be read: " + e.getMessage(), e);
        }
    }

    /** The descriptor without the cache and with the sentence window factory. */
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
                if (WindowFeatureGeneratorFactory.class.getName().equals(generator.getAttribute("class"))) {
                    generator.setAttribute("class", SentenceWindowFeatureGeneratorFactory.class.getName());
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
