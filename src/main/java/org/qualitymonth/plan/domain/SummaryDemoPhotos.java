package org.qualitymonth.plan.domain;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Drawn scenes for the demo summaries: a stage with the campaign's red banner and an audience, each one
 * different, so the gallery shows real, distinct JPEG photos rather than placeholders.
 */
final class SummaryDemoPhotos {

    private static final int WIDTH = 960;
    private static final int HEIGHT = 640;

    private SummaryDemoPhotos() {
    }

    static byte[] scene(Random random) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        Color sky = new Color(120 + random.nextInt(80), 160 + random.nextInt(60), 200 + random.nextInt(55));
        g.setPaint(new GradientPaint(0, 0, sky, 0, HEIGHT, Color.WHITE));
        g.fillRect(0, 0, WIDTH, HEIGHT);
        int stageTop = 140 + random.nextInt(60);
        g.setColor(new Color(170, 20, 30));
        g.fillRect(80, stageTop, WIDTH - 160, 120);                 // the banner
        g.setColor(new Color(255, 210, 90));
        for (int i = 0; i < 6; i++) {                              // its lettering, as gold blocks
            g.fillRect(140 + i * 120, stageTop + 35, 80, 50);
        }
        g.setColor(new Color(90, 60, 40));
        g.fillRect(40, stageTop + 160, WIDTH - 80, 40);            // the stage
        for (int row = 0; row < 4; row++) {                        // the audience
            for (int seat = 0; seat < 14; seat++) {
                int x = 50 + seat * 64 + random.nextInt(12);
                int y = stageTop + 240 + row * 60 + random.nextInt(8);
                g.setColor(new Color(30 + random.nextInt(60), 30 + random.nextInt(60), 40 + random.nextInt(80)));
                g.fillOval(x, y, 34, 34);
                g.fillRoundRect(x - 8, y + 30, 50, 40, 18, 18);
            }
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
