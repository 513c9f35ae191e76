package org.qualitymonth.commendation.domain;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.qualitymonth.shared.BusinessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders a certificate to PDF in Chinese: HTML from a template, the CJK font embedded (as a subset) from a
 * TrueType-outline font, and a QR code of the verification URL. Without the font it refuses rather than
 * produce a PDF whose Chinese text would not show.
 */
@Component
class CertificatePdf {

    private static final Logger log = LoggerFactory.getLogger(CertificatePdf.class);

    private final ITemplateEngine templates;
    private final CommendationProperties properties;

    CertificatePdf(ITemplateEngine templates, CommendationProperties properties) {
        this.templates = templates;
        this.properties = properties;
    }

    void write(Certificate certificate, String verificationUrl, OutputStream out) {
        File fontFile = new File(properties.font());
        if (!fontFile.isFile()) {
            log.error("Certificate font {} is missing; install fonts-wqy-zenhei or set qm.commendation.font", fontFile);
            throw BusinessException.conflict("commendation.certificate-font");
        }
        Context context = new Context(Locale.SIMPLIFIED_CHINESE, Map.of("certificate", certificate,
                "verificationUrl", verificationUrl, "qr", qrDataUri(verificationUrl)));
        String html = templates.process("commendation/certificate-pdf", context);
        try (PDDocument document = new PDDocument(); TrueTypeCollection collection = new TrueTypeCollection(fontFile)) {
            PDType0Font font = PDType0Font.load(document, face(collection), true);
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.usePDDocument(document);
            builder.useFont(new PDFontSupplier(font), "cjk", 400, FontStyle.NORMAL, true);
            builder.useFont(new PDFontSupplier(font), "cjk", 700, FontStyle.NORMAL, true);
            builder.withHtmlContent(html, null);
            try (PdfBoxRenderer renderer = builder.buildPdfRenderer()) {
                renderer.createPDFWithoutClosing();
            }
            document.getDocumentInformation().setTitle(certificate.number());
            document.save(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private TrueTypeFont face(TrueTypeCollection collection) throws IOException {
        TrueTypeFont named = collection.getFontByName(properties.fontFace());
        if (named != null) {
            return named;
        }
        TrueTypeFont[] first = new TrueTypeFont[1];
        collection.processAllFonts(font -> {
            if (first[0] == null) {
                first[0] = font;
            }
        });
        return first[0];
    }

    static String qrDataUri(String text) {
        try {
            var matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 360, 360,
                    Map.of(EncodeHintType.MARGIN, 1, EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M));
            ByteArrayOutputStream png = new ByteArrayOutputStream();
            MatrixToImageWriter.writeToStream(matrix, "PNG", png);
            return "data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray());
        } catch (WriterException | IOException e) {
            throw new IllegalStateException("QR code for " + text, e);
        }
    }
}
