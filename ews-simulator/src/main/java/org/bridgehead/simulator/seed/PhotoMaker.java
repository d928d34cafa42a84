package org.bridgehead.simulator.seed;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * Makes a person's 96x96 JPEG picture from their address: a coloured square with a lighter
 * pattern, the same bytes for the same address. Drawn pixel by pixel, so no font is needed.
 */
final class PhotoMaker {
    static final int SIZE = 96;

    private PhotoMaker() {
    }

    static byte[] jpeg(String address) {
        int hash = address.toLowerCase(java.util.Locale.ROOT).hashCode();
        Color background = Color.getHSBColor((hash & 0xff) / 255f, 0.55f, 0.75f);
        Color pattern = background.brighter().brighter();
        BufferedImage image = new BufferedImage(SIZE, SIZE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < SIZE; y++) {
            for (int x = 0; x < SIZE; x++) {
                int cell = (x / 24) + 4 * (y / 24);
                boolean lit = ((hash >>> (8 + (cell % 16))) & 1) == 1;
                image.setRGB(x, y, (lit ? pattern : background).getRGB());
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            if (!ImageIO.write(image, "jpg", out)) {
                throw new IllegalStateException("this Java runtime has no JPEG writer");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
