package org.geokg.graph.format;

import java.io.IOException;
import java.io.Writer;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;

/** An indenting XML writer over StAX, which escapes text and attribute values. */
final class XmlOut {
    private final XMLStreamWriter xml;
    private final Writer out;
    private int depth;
    private boolean hadChild;

    XmlOut(Writer out) throws IOException {
        this.out = out;
        try {
            xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
            xml.writeStartDocument("UTF-8", "1.0");
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    /** Opens an element with attributes given as name, value pairs; null values are left out. */
    XmlOut start(String name, String... attributes) throws IOException {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            depth++;
            hadChild = false;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An element with no content. */
    XmlOut empty(String name, String... attributes) throws IOException {
        try {
            indent();
            xml.writeEmptyElement(name);
            attributes(attributes);
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** An element with text content. */
    XmlOut text(String name, String text, String... attributes) throws IOException {
        try {
            indent();
            xml.writeStartElement(name);
            attributes(attributes);
            xml.writeCharacters(text);
            xml.writeEndElement();
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Closes the innermost open element. */
    XmlOut end() throws IOException {
        try {
            depth--;
            if (hadChild) {
                indent();
            }
            xml.writeEndElement();
            hadChild = true;
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
        return this;
    }

    /** Ends the document and flushes. */
    void finish() throws IOException {
        try {
            xml.writeEndDocument();
            xml.writeCharacters("\n");
            xml.flush();
            out.flush();
        } catch (XMLStreamException e) {
            throw new IOException(e);
        }
    }

    private void attributes(String... attributes) throws XMLStreamException {
        for (int i = 0; i < attributes.length; i += 2) {
            if (attributes[i + 1] != null) {
                xml.writeAttribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void indent() throws XMLStreamException {
        xml.writeCharacters("\n" + "  ".repeat(depth));
    }
}
