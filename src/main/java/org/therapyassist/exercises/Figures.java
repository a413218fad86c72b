package org.therapyassist.exercises;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.therapyassist.platform.web.Messages;

/**
 * The illustrations of the exercise library: one stick figure per pose, drawn for the product from a short
 * description of where the joints are (a 120 × 120 grid, figure facing right). The same shapes become an SVG for
 * the pages and a PNG for the PDF, so a page and a printed sheet always show the same drawing.
 */
public final class Figures {

    private static final String NEAR = "#005eb8";
    private static final String FAR = "#768692";
    private static final String PROP = "#aeb7bd";

    /**
     * Pose name to "joints|props", read from {@code figure-poses.txt} beside this class: the drawings are data, one
     * pose a line (the file says how joints and props are written).
     */
    private static final Map<String, String> POSES = load("figure-poses.txt");

    private static Map<String, String> load(String resource) {
        Map<String, String> poses = new HashMap<>();
        try (InputStream in = Figures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("No " + resource + " beside " + Figures.class.getName());
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] parts = line.split("\\|", -1);
                if (parts.length != 3) {
                    throw new IllegalStateException(resource + ": not name | joints | props: " + line);
                }
                poses.put(parts[0].strip(), parts[1].strip() + "|" + parts[2].strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return poses;
    }

    private Figures() {
    }

    public static Set<String> poses() {
        return Set.copyOf(POSES.keySet());
    }

    public static boolean exists(String pose) {
        return POSES.containsKey(pose);
    }

    /** An inline SVG with a text alternative (the exercise name) for screen readers. */
    public static String svg(String pose, String title) {
        StringBuilder b = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 120 120\" ")
                .append("width=\"120\" height=\"120\" role=\"img\" aria-label=\"")
                .append(escape(Messages.text("exercises.drawing", title))).append("\" class=\"ta-figure\"><title>")
                .append(escape(Messages.text("exercises.drawing", title))).append("</title>");
        for (Stroke s : shapes(pose)) {
            if (s.circle) {
                b.append(String.format(Locale.ROOT,
                        "<circle cx=\"%.1f\" cy=\"%.1f\" r=\"%.1f\" fill=\"#ffffff\" stroke=\"%s\" stroke-width=\"%.1f\"/>",
                        s.x1, s.y1, s.r, s.colour, s.width));
            } else {
                b.append(String.format(Locale.ROOT,
                        "<line x1=\"%.1f\" y1=\"%.1f\" x2=\"%.1f\" y2=\"%.1f\" stroke=\"%s\" stroke-width=\"%.1f\" "
                                + "stroke-linecap=\"round\"/>",
                        s.x1, s.y1, s.x2, s.y2, s.colour, s.width));
            }
        }
        return b.append("</svg>").toString();
    }

    /** The same drawing as a PNG (for the PDF), {@code scale} pixels per grid unit. */
    public static byte[] png(String pose, int scale) {
        int size = 120 * scale;
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, size, size);
            g.scale(scale, scale);
            for (Stroke s : shapes(pose)) {
                g.setStroke(new BasicStroke((float) s.width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                Color colour = Color.decode(s.colour);
                if (s.circle) {
                    Ellipse2D e = new Ellipse2D.Double(s.x1 - s.r, s.y1 - s.r, 2 * s.r, 2 * s.r);
                    g.setColor(Color.WHITE);
                    g.fill(e);
                    g.setColor(colour);
                    g.draw(e);
                } else {
                    g.setColor(colour);
                    g.draw(new Line2D.Double(s.x1, s.y1, s.x2, s.y2));
                }
            }
        } finally {
            g.dispose();
        }
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static String pngDataUri(String pose) {
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(png(pose, 3));
    }

    record Stroke(boolean circle, double x1, double y1, double x2, double y2, double r, String colour, double width) {
    }

    static List<Stroke> shapes(String pose) {
        String spec = POSES.getOrDefault(pose, POSES.get("stand"));
        String[] parts = spec.split("\\|", -1);
        String[] tokens = parts[0].trim().split("\\s+");
        boolean front = tokens[0].equals("front");
        Map<String, double[]> j = new HashMap<>();
        for (int i = front ? 1 : 0; i + 2 < tokens.length; i += 3) {
            j.put(tokens[i], new double[]{Double.parseDouble(tokens[i + 1]), Double.parseDouble(tokens[i + 2])});
        }
        List<Stroke> out = new ArrayList<>();
        for (String prop : parts[1].trim().split("\\s+")) {
            props(prop, out);
        }
        // Far limbs first so the near ones are drawn over them.
        limb(out, j, FAR, 3.5, "n", "e2", "w2");
        limb(out, j, FAR, 3.5, "p", "k2", "a2");
        foot(out, j, FAR, 3.5, "k2", "a2", "t2", front);
        line(out, j.get("n"), j.get("p"), NEAR, 4.5);
        limb(out, j, NEAR, 4.5, "p", "k1", "a1");
        foot(out, j, NEAR, 4.5, "k1", "a1", "t1", front);
        limb(out, j, NEAR, 4.5, "n", "e1", "w1");
        double[] h = j.get("h");
        out.add(new Stroke(true, h[0], h[1], 0, 0, 7, NEAR, 3.5));
        return out;
    }

    private static void limb(List<Stroke> out, Map<String, double[]> j, String colour, double width, String a, String b,
            String c) {
        line(out, j.get(a), j.get(b), colour, width);
        line(out, j.get(b), j.get(c), colour, width);
    }

    private static void foot(List<Stroke> out, Map<String, double[]> j, String colour, double width, String knee,
            String ankle, String toe, boolean front) {
        double[] a = j.get(ankle);
        if (a == null || front) {
            return;
        }
        double[] t = j.get(toe);
        if (t == null) {
            t = new double[]{a[0] + 7, a[1]};
        }
        line(out, a, t, colour, width);
    }

    private static void line(List<Stroke> out, double[] a, double[] b, String colour, double width) {
        if (a != null && b != null) {
            out.add(new Stroke(false, a[0], a[1], b[0], b[1], 0, colour, width));
        }
    }

    private static void l(List<Stroke> out, double x1, double y1, double x2, double y2) {
        out.add(new Stroke(false, x1, y1, x2, y2, 0, PROP, 2.5));
    }

    private static void arrow(List<Stroke> out, double x1, double y1, double x2, double y2) {
        out.add(new Stroke(false, x1, y1, x2, y2, 0, "#ffb81c", 2.5));
        double dx = x2 - x1;
        double dy = y2 - y1;
        double len = Math.hypot(dx, dy);
        double ux = dx / len;
        double uy = dy / len;
        out.add(new Stroke(false, x2, y2, x2 - 5 * ux + 4 * uy, y2 - 5 * uy - 4 * ux, 0, "#ffb81c", 2.5));
        out.add(new Stroke(false, x2, y2, x2 - 5 * ux - 4 * uy, y2 - 5 * uy + 4 * ux, 0, "#ffb81c", 2.5));
    }

    private static void props(String prop, List<Stroke> out) {
        switch (prop) {
            case "floor" -> l(out, 6, 110, 114, 110);
            case "chair" -> {
                l(out, 36, 44, 36, 110);
                l(out, 36, 76, 60, 76);
                l(out, 60, 76, 60, 110);
            }
            case "chair-ahead" -> {
                l(out, 72, 44, 72, 110);
                l(out, 72, 76, 96, 76);
                l(out, 96, 76, 96, 110);
            }
            case "chair-front" -> {
                l(out, 36, 52, 84, 52);
                l(out, 38, 52, 38, 110);
                l(out, 82, 52, 82, 110);
            }
            case "chair-front-seat" -> {
                l(out, 38, 76, 74, 76);
                l(out, 40, 76, 40, 110);
                l(out, 72, 76, 72, 110);
            }
            case "worktop", "table" -> {
                l(out, 74, 63, 114, 63);
                l(out, 110, 63, 110, 110);
            }
            case "wall" -> l(out, 91, 8, 91, 110);
            case "step" -> {
                l(out, 60, 95, 114, 95);
                l(out, 60, 95, 60, 110);
            }
            case "rail" -> l(out, 40, 46, 112, 34);
            case "bed" -> {
                l(out, 6, 92, 114, 92);
                l(out, 10, 92, 10, 110);
                l(out, 110, 92, 110, 110);
            }
            case "arrow-right" -> arrow(out, 78, 14, 100, 14);
            case "arrow-right-high" -> arrow(out, 92, 18, 110, 18);
            case "arrow-up" -> arrow(out, 92, 50, 92, 28);
            case "arrow-up-hip" -> arrow(out, 62, 64, 62, 46);
            case "arrow-swing" -> arrow(out, 56, 92, 76, 92);
            case "arrow-head-turn" -> arrow(out, 36, 20, 58, 20);
            case "arrow-head-tilt" -> arrow(out, 62, 14, 42, 20);
            default -> {
            }
        }
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
