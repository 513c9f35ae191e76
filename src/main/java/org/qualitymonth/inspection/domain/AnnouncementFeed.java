package org.qualitymonth.inspection.domain;

import java.io.OutputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.qualitymonth.inspection.domain.Announcements.Announcement;
import org.qualitymonth.shared.ChinaTime;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/** The Atom feed of the latest announcements; entry ids are the announcement pages' stable URLs. */
@Service
public class AnnouncementFeed {

    public static final int ENTRIES = 30;

    private final Announcements announcements;
    private final MessageSource messages;

    AnnouncementFeed(Announcements announcements, MessageSource messages) {
        this.announcements = announcements;
        this.messages = messages;
    }

    public void write(String baseUrl, Locale locale, OutputStream out) {
        List<Announcement> latest = announcements.latest(null, ENTRIES);
        try {
            XMLStreamWriter xml = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            xml.writeStartDocument("UTF-8", "1.0");
            xml.writeStartElement("feed");
            xml.writeDefaultNamespace("http://www.w3.org/2005/Atom");
            element(xml, "id", baseUrl + "/announcements");
            element(xml, "title", messages.getMessage("announcement.feed.title", null, locale));
            element(xml, "updated", timestamp(latest.isEmpty() ? LocalDate.of(2026, 1, 1) : latest.get(0).announcedOn()));
            link(xml, baseUrl + "/announcements/feed.atom", "self");
            link(xml, baseUrl + "/announcements", "alternate");
            xml.writeStartElement("author");
            element(xml, "name", messages.getMessage("site.name", null, locale));
            xml.writeEndElement();
            for (Announcement a : latest) {
                String url = baseUrl + "/announcements/plans/" + a.planId();
                xml.writeStartElement("entry");
                element(xml, "id", url);
                element(xml, "title", a.title());
                element(xml, "updated", timestamp(a.announcedOn()));
                link(xml, url, "alternate");
                element(xml, "summary", messages.getMessage("announcement.feed.summary",
                        new Object[] {a.samples(), a.failed()}, locale));
                xml.writeEndElement();
            }
            xml.writeEndElement();
            xml.writeEndDocument();
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String timestamp(LocalDate date) {
        return date.atStartOfDay(ChinaTime.ZONE).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME);
    }

    private static void element(XMLStreamWriter xml, String name, String text) throws XMLStreamException {
        xml.writeStartElement(name);
        xml.writeCharacters(text);
        xml.writeEndElement();
    }

    private static void link(XMLStreamWriter xml, String href, String rel) throws XMLStreamException {
        xml.writeEmptyElement("link");
        xml.writeAttribute("rel", rel);
        xml.writeAttribute("href", href);
    }
}
