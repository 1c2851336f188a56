/* SPDX-License-Identifier: Apache-2.0 */
package org.familycontext.extract;

import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;

/**
 * The one way extracts' XML is parsed: the JDK's own StAX parser with document types and external entities
 * switched off, so that a file cannot make the loader read another file or a URL (XXE) or expand entities
 * without end. A file that declares a document type is refused outright by {@link XmlRowReader}.
 */
final class SecureXml {

    private SecureXml() {}

    static XMLInputFactory inputFactory() {
        // The JDK's parser, not whichever StAX implementation happens to be on the class path: its behaviour and
        // messages are the ones tested.
        var factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        return factory;
    }
}
