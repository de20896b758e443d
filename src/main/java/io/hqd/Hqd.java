package io.hqd;

import java.util.Map;

import io.hqd.cli.HqdCommand;

/** Entry point of the {@code hqd} command. */
public final class Hqd {
    /**
     * The JDK's own XML factories, named up front. POI's XML layer asks for a new factory for every part of every
     * workbook; without these properties each request scans all jars on the class path for a provider, which cost
     * several percent of a night's ingest.
     */
    private static final Map<String, String> XML_FACTORIES = Map.of(
            "javax.xml.parsers.SAXParserFactory", "com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl",
            "javax.xml.parsers.DocumentBuilderFactory", "com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl",
            "javax.xml.transform.TransformerFactory", "com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
            "javax.xml.stream.XMLInputFactory", "com.sun.xml.internal.stream.XMLInputFactoryImpl",
            "javax.xml.stream.XMLOutputFactory", "com.sun.xml.internal.stream.XMLOutputFactoryImpl",
            "javax.xml.stream.XMLEventFactory", "com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

    private Hqd() {
    }

    public static void main(String[] args) {
        XML_FACTORIES.forEach((key, impl) -> {
            if (System.getProperty(key) == null) {
                System.setProperty(key, impl);
            }
        });
        System.exit(HqdCommand.execute(args));
    }
}
