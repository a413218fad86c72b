package org.therapyassist.equipment.web;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.util.Map;
import org.springframework.web.util.HtmlUtils;

/**
 * A QR code as an SVG drawn on the server: one rectangle per run of dark modules in each row, on a white square with
 * the quiet zone the standard asks for. No script and no image file, so it prints sharp at any size.
 */
final class LabelQr {

    private LabelQr() {
    }

    /** The SVG element for {@code text}, {@code size} pixels square, described for screen readers by {@code title}. */
    static String svg(String text, int size, String title) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M, EncodeHintType.MARGIN, 4,
                            EncodeHintType.CHARACTER_SET, "UTF-8"));
        } catch (WriterException e) {
            throw new IllegalArgumentException("Cannot encode this label as a QR code", e);
        }
        int w = matrix.getWidth();
        int h = matrix.getHeight();
        StringBuilder svg = new StringBuilder(8 * w * h / 3);
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" width=\"").append(size)
                .append("\" height=\"")
                .append(size).append("\" viewBox=\"0 0 ").append(w).append(' ').append(h)
                .append("\" shape-rendering=\"crispEdges\" data-testid=\"qr\"><title>")
                .append(HtmlUtils.htmlEscape(title)).append("</title><rect width=\"").append(w).append("\" height=\"")
                .append(h)
                .append("\" fill=\"#fff\"/>");
        for (int y = 0; y < h; y++) {
            int x = 0;
            while (x < w) {
                if (!matrix.get(x, y)) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && matrix.get(x, y)) {
                    x++;
                }
                svg.append("<rect x=\"").append(start).append("\" y=\"").append(y).append("\" width=\"")
                        .append(x - start)
                        .append("\" height=\"1\" fill=\"#000\"/>");
            }
        }
        return svg.append("</svg>").toString();
    }
}
