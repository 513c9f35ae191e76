package org.qualitymonth.commendation.domain;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * @param baseUrl           the platform's public address, printed on certificates as the verification link
 * @param font              a TrueType collection (.ttc) with TrueType-outline CJK faces (PDFBox cannot embed CFF outlines)
 * @param fontFace          the face to take from a collection; the first face when it is not found
 * @param objectionsPerHour objections one client address may file per hour
 */
@ConfigurationProperties("qm.commendation")
public record CommendationProperties(@DefaultValue("http://localhost:8080") String baseUrl,
                                     @DefaultValue("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc") String font,
                                     @DefaultValue("WenQuanYiZenHei") String fontFace,
                                     @DefaultValue("5") int objectionsPerHour) {

    public String verificationUrl(String number) {
        return baseUrl.replaceAll("/+$", "") + "/certificates/" + number;
    }
}
