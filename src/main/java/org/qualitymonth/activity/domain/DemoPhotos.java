package org.qualitymonth.activity.domain;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Random;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Photos for the demo data, drawn with Java2D: a meeting hall with the activity's banner over the stage, a
 * street consultation with tents, and a factory floor. Deterministic for a seed; 960 x 540 JPEG.
 */
final class DemoPhotos {

    static final int WIDTH = 960;
    static final int HEIGHT = 540;
    private static final String FONT = Stream.of("Noto Sans CJK SC", "Noto Serif CJK SC", Font.SANS_SERIF)
            .filter(name -> new Font(name, Font.BOLD, 20).canDisplayUpTo("质量月") == -1).findFirst().orElse(Font.SANS_SERIF);
    private static final Color[] CLOTHES = {new Color(0x1F3A5F), new Color(0x8B1E2D), new Color(0x2F4F4F), new Color(0x5A4A42),
            new Color(0xEFEFEF), new Color(0x3C6E71), new Color(0x222222), new Color(0x9C6B30)};

    private DemoPhotos() {
    }

    /** The hall of the activity, its title on the red banner above the stage. */
    static byte[] hall(String title, long seed) {
        Random random = new Random(seed);
        return jpeg(g -> {
            g.setPaint(new GradientPaint(0, 0, new Color(0x3A1F1A), 0, HEIGHT, new Color(0x6B3B2A)));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            for (int x = 60; x < WIDTH; x += 140) { // ceiling lights
                g.setColor(new Color(255, 244, 214, 200));
                g.fillOval(x, 14, 40, 12);
            }
            g.setPaint(new GradientPaint(0, 60, new Color(0xC8102E), 0, 160, new Color(0x9E0B22)));
            g.fillRect(40, 60, WIDTH - 80, 100);
            text(g, title, 40, 60, WIDTH - 80, 100, new Color(0xFFE08A));
            g.setColor(new Color(0x1E4E8C)); // backdrop screen
            g.fillRect(220, 175, WIDTH - 440, 120);
            text(g, "提升供给质量  建设质量强国", 220, 175, WIDTH - 440, 120, Color.WHITE);
            g.setColor(new Color(0x4A2C1D)); // stage and lectern
            g.fillRect(0, 300, WIDTH, 40);
            g.setColor(new Color(0x7A4A2A));
            g.fillRect(WIDTH / 2 - 30, 250, 60, 60);
            person(g, WIDTH / 2, 250, 1.0, CLOTHES[6]);
            for (int row = 0; row < 4; row++) { // audience, nearer rows larger
                double scale = 1.2 + row * 0.35;
                int y = 380 + row * 45;
                for (int x = (row % 2) * 30 - 20; x < WIDTH + 40; x += (int) (60 * scale)) {
                    person(g, x + random.nextInt(10), y, scale, CLOTHES[random.nextInt(CLOTHES.length)]);
                }
            }
        });
    }

    /** A consultation in the street: tents of the inspection institutes, tables, passers-by. */
    static byte[] street(long seed) {
        Random random = new Random(seed);
        return jpeg(g -> {
            g.setPaint(new GradientPaint(0, 0, new Color(0x6FA8DC), 0, 260, new Color(0xCFE2F3)));
            g.fillRect(0, 0, WIDTH, 260);
            g.setColor(new Color(0xB7B7B7));
            g.fillRect(0, 260, WIDTH, HEIGHT - 260);
            for (int b = 0; b < 6; b++) { // buildings behind
                int shade = 150 + random.nextInt(60);
                g.setColor(new Color(shade, shade + 5, shade + 12));
                g.fillRect(b * 170 - 20, 120 - random.nextInt(80), 150, 200);
            }
            String[] signs = {"质量咨询", "计量服务", "消费维权", "标准宣传"};
            for (int t = 0; t < 4; t++) {
                int x = 30 + t * 235;
                g.setColor(t % 2 == 0 ? new Color(0x1F5FA8) : new Color(0xC8102E));
                g.fillPolygon(new int[]{x, x + 100, x + 200}, new int[]{230, 180, 230}, 3);
                g.fillRect(x, 230, 200, 40);
                text(g, signs[(t + (int) seed) % signs.length], x, 230, 200, 40, Color.WHITE);
                g.setColor(new Color(0xDDDDDD));
                g.drawLine(x + 4, 270, x + 4, 360);
                g.drawLine(x + 196, 270, x + 196, 360);
                g.setColor(Color.WHITE);
                g.fillRect(x + 20, 320, 160, 30);
                person(g, x + 100, 300, 1.0, CLOTHES[random.nextInt(CLOTHES.length)]);
            }
            for (int p = 0; p < 14; p++) {
                person(g, random.nextInt(WIDTH), 390 + random.nextInt(110), 1.4 + random.nextDouble() * 0.6,
                        CLOTHES[random.nextInt(CLOTHES.length)]);
            }
        });
    }

    /** A factory floor: machines, a slogan, workers in overalls and helmets. */
    static byte[] factory(long seed) {
        Random random = new Random(seed);
        return jpeg(g -> {
            g.setColor(new Color(0xD9D4C7));
            g.fillRect(0, 0, WIDTH, 300);
            g.setColor(new Color(0x6E8B74));
            g.fillRect(0, 300, WIDTH, HEIGHT - 300);
            g.setColor(new Color(0xF2C94C));
            g.setStroke(new BasicStroke(6));
            g.drawLine(0, 420, WIDTH, 420);
            g.setColor(new Color(0xC8102E));
            g.fillRect(200, 30, WIDTH - 400, 60);
            text(g, "质量第一  精益求精", 200, 30, WIDTH - 400, 60, Color.WHITE);
            for (int m = 0; m < 4; m++) {
                int x = 40 + m * 230;
                int shade = 80 + random.nextInt(30);
                g.setColor(new Color(shade, shade + 16, shade + 30));
                g.fillRoundRect(x, 170, 180, 150, 16, 16);
                g.setColor(new Color(0x2E3B4E));
                g.fillRect(x + 20, 190, 80, 50);
                g.setColor(new Color(0x6CE37A));
                g.fillOval(x + 130, 200, 14, 14);
            }
            for (int w = 0; w < 7; w++) {
                int x = 60 + random.nextInt(WIDTH - 120);
                int y = 360 + random.nextInt(120);
                person(g, x, y, 1.5, new Color(0x1F4E9C));
                g.setColor(new Color(0xF2C94C)); // helmet
                g.fillArc(x - 14, y - 70, 28, 20, 0, 180);
            }
        });
    }

    /** A person seen from behind or the front: head and shoulders, {@code y} at the shoulders. */
    private static void person(Graphics2D g, int x, int y, double scale, Color clothes) {
        int head = (int) (18 * scale);
        g.setColor(clothes);
        g.fillRoundRect(x - (int) (20 * scale), y - (int) (12 * scale), (int) (40 * scale), (int) (60 * scale), 18, 18);
        g.setColor(new Color(0x2B2118));
        g.fillOval(x - head / 2, y - (int) (12 * scale) - head, head, head);
    }

    /** Centres text in the box, shrinking the font until it fits. */
    private static void text(Graphics2D g, String text, int x, int y, int width, int height, Color color) {
        int size = (int) (height * 0.55);
        Font font = new Font(FONT, Font.BOLD, size);
        FontMetrics metrics = g.getFontMetrics(font);
        while (metrics.stringWidth(text) > width - 30 && size > 10) {
            font = new Font(FONT, Font.BOLD, --size);
            metrics = g.getFontMetrics(font);
        }
        g.setFont(font);
        g.setColor(color);
        g.drawString(text, x + (width - metrics.stringWidth(text)) / 2, y + (height + metrics.getAscent() - metrics.getDescent()) / 2);
    }

    private static byte[] jpeg(java.util.function.Consumer<Graphics2D> painter) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        painter.accept(g);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream(128 * 1024);
        try {
            ImageIO.write(image, "jpg", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
