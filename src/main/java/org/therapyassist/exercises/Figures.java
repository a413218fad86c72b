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
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

/**
 * The illustrations of the exercise library: one stick figure per pose, drawn for the product from a short
 * description of where the joints are (a 120 × 120 grid, figure facing right). The same shapes become an SVG for
 * the pages and a PNG for the PDF, so a page and a printed sheet always show the same drawing.
 */
public final class Figures {

    private static final String NEAR = "#005eb8";
    private static final String FAR = "#768692";
    private static final String PROP = "#aeb7bd";

    /** Joints: h head, n neck, p pelvis; e/w elbow/wrist, k/a/t knee/ankle/toe; 1 = near side, 2 = far side. */
    private static final Map<String, String> POSES = new HashMap<>();

    static {
        pose("stand",
                "h 58 17 n 58 27 p 58 60 e1 60 44 w1 61 60 e2 56 44 w2 57 60 k1 59 84 a1 59 107 k2 56 84 a2 56 107",
                "floor");
        String holdArms = "e1 56 40 w1 70 48 e2 54 42 w2 69 50";
        pose("stand-hold-chair", "h 45 17 n 45 27 p 45 60 " + holdArms + " k1 46 84 a1 46 107 k2 43 84 a2 43 107",
                "floor chair-ahead");
        pose("stand-toes",
                "h 45 12 n 45 22 p 45 55 e1 56 37 w1 70 48 e2 54 39 w2 69 50 k1 46 79 a1 46 101 t1 53 107 k2 43 79 a2 43 101 t2 50 107",
                "floor chair-ahead");
        pose("stand-march", "h 45 17 n 45 27 p 45 60 " + holdArms + " k1 64 62 a1 62 86 k2 43 84 a2 43 107",
                "floor chair-ahead");
        pose("stand-leg-back", "h 47 17 n 47 27 p 45 60 " + holdArms + " k1 36 82 a1 28 103 k2 45 84 a2 45 107",
                "floor chair-ahead");
        pose("stand-one-leg", "h 45 17 n 45 27 p 45 60 " + holdArms + " k1 47 84 a1 34 92 t1 38 98 k2 44 84 a2 44 107",
                "floor chair-ahead");
        pose("stand-squat",
                "h 48 27 n 46 37 p 38 68 e1 58 46 w1 70 52 e2 56 48 w2 69 54 k1 55 84 a1 46 107 k2 53 85 a2 44 107",
                "floor chair-ahead");
        pose("stand-leg-side",
                "front h 60 17 n 60 27 p 60 60 e1 70 42 w1 75 52 e2 50 42 w2 45 52 k1 70 82 a1 82 103 k2 56 84 a2 55 107",
                "floor chair-front");
        pose("stand-tandem",
                "h 56 17 n 56 27 p 56 60 e1 64 46 w1 76 62 e2 54 44 w2 55 60 k1 60 84 a1 63 107 k2 55 84 a2 54 107",
                "floor worktop");
        pose("walk-tandem",
                "h 58 17 n 58 27 p 58 60 e1 66 46 w1 78 62 e2 56 44 w2 57 60 k1 62 84 a1 64 107 k2 56 84 a2 52 104 t2 58 108",
                "floor worktop arrow-right");
        pose("walk",
                "h 60 17 n 59 27 p 58 60 e1 54 44 w1 50 58 e2 62 44 w2 68 56 k1 66 83 a1 72 107 k2 54 84 a2 45 103 t2 51 108",
                "floor arrow-right");
        pose("stand-reach",
                "h 68 23 n 63 32 p 52 62 e1 76 32 w1 90 32 e2 58 46 w2 58 62 k1 53 85 a1 52 107 k2 50 85 a2 49 107",
                "floor arrow-right-high");
        pose("stand-arms-up",
                "h 56 24 n 57 33 p 58 64 e1 67 21 w1 72 7 e2 65 21 w2 70 7 k1 59 86 a1 59 107 k2 56 86 a2 56 107",
                "floor");
        pose("stand-back-extend",
                "h 50 23 n 52 32 p 59 62 e1 47 46 w1 53 58 e2 49 46 w2 55 58 k1 59 85 a1 58 107 k2 56 85 a2 55 107",
                "floor");
        pose("stand-lean",
                "h 75 37 n 66 43 p 40 60 e1 66 57 w1 66 72 e2 74 54 w2 82 64 k1 42 84 a1 42 107 k2 38 84 a2 36 107",
                "floor table arrow-swing");
        pose("wall-push",
                "h 76 25 n 72 34 p 58 66 e1 80 46 w1 89 36 e2 79 48 w2 89 38 k1 53 86 a1 48 107 k2 52 86 a2 46 107",
                "floor wall");
        pose("wall-lunge",
                "h 73 25 n 70 34 p 60 64 e1 80 42 w1 89 34 e2 79 44 w2 89 36 k1 74 86 a1 70 107 k2 50 88 a2 40 107",
                "floor wall");
        pose("step-up",
                "h 55 17 n 54 27 p 52 60 e1 60 44 w1 68 42 e2 58 46 w2 66 44 k1 66 76 a1 66 94 t1 73 94 k2 52 84 a2 52 107",
                "floor step rail");
        String sitBody = "h 47 30 n 46 40 p 44 72 ";
        String sitLegs = " k1 68 72 a1 68 106 k2 66 73 a2 66 106";
        String sitArms = "e1 52 56 w1 64 68 e2 50 57 w2 62 69";
        pose("sit", sitBody + sitArms + sitLegs, "floor chair");
        pose("sit-knee-extend", sitBody + sitArms + " k1 68 72 a1 92 72 t1 94 65 k2 66 73 a2 66 106", "floor chair");
        pose("sit-march", sitBody + sitArms + " k1 68 62 a1 70 92 k2 66 73 a2 66 106", "floor chair");
        pose("sit-to-stand",
                "h 72 34 n 66 42 p 50 68 e1 72 52 w1 80 60 e2 70 53 w2 78 61 k1 68 76 a1 62 106 k2 66 77 a2 60 106",
                "floor chair arrow-up");
        pose("sit-arms-forward", sitBody + "e1 58 40 w1 72 40 e2 57 42 w2 71 42" + sitLegs, "floor chair");
        pose("sit-arms-cross", sitBody + "e1 56 52 w1 50 44 e2 55 50 w2 49 42" + sitLegs, "floor chair");
        pose("sit-breathe", sitBody + "e1 56 58 w1 50 62 e2 55 52 w2 50 48" + sitLegs, "floor chair");
        pose("sit-elbow", sitBody + "e1 50 58 w1 60 46 e2 50 57 w2 62 69" + sitLegs, "floor chair");
        pose("sit-head-turn", sitBody + sitArms + sitLegs, "floor chair arrow-head-turn");
        pose("sit-head-tilt",
                "front h 52 30 n 56 40 p 56 72 e1 64 56 w1 66 70 e2 48 56 w2 46 70 k1 64 74 a1 64 106 k2 48 74 a2 48 106",
                "floor chair-front-seat arrow-head-tilt");
        pose("sit-reach",
                "h 70 46 n 62 50 p 44 72 e1 68 68 w1 70 98 e2 66 68 w2 68 96 k1 68 72 a1 68 106 k2 66 73 a2 66 106",
                "floor chair");
        pose("sit-lean", "h 66 42 n 60 48 p 44 72 e1 62 70 w1 72 70 e2 60 71 w2 70 71" + sitLegs, "floor chair");
        String bedHead = "h 20 82 n 30 86 p 62 86 ";
        pose("lie-back-straight", bedHead
                + "e1 44 88 w1 58 88 e2 44 87 w2 58 87 k1 84 86 a1 104 86 t1 106 79 k2 84 85 a2 104 85 t2 106 78",
                "bed");
        pose("lie-back-knee-bent", bedHead
                + "e1 44 88 w1 58 88 e2 44 87 w2 58 87 k1 80 66 a1 94 86 t1 101 86 k2 84 85 a2 104 85 t2 106 78",
                "bed");
        pose("lie-bridge",
                "h 20 82 n 30 86 p 62 72 e1 42 88 w1 54 88 e2 42 87 w2 54 87 k1 80 62 a1 92 86 t1 99 86 k2 79 63 a2 91 86 t2 98 86",
                "bed arrow-up-hip");
        pose("lie-slr",
                bedHead + "e1 44 88 w1 58 88 e2 44 87 w2 58 87 k1 82 76 a1 100 66 t1 99 59 k2 78 66 a2 92 86 t2 99 86",
                "bed");
        pose("lie-arms-up", bedHead
                + "e1 32 72 w1 32 58 e2 33 72 w2 33 58 k1 84 86 a1 104 86 t1 106 79 k2 84 85 a2 104 85 t2 106 78",
                "bed");
        pose("side-lying",
                "h 20 80 n 30 84 p 60 84 e1 40 76 w1 48 72 e2 38 88 w2 30 88 k1 80 70 a1 92 84 t1 98 82 k2 80 86 a2 94 86 t2 100 86",
                "bed");
        pose("floor-kneel",
                "h 82 62 n 72 68 p 42 72 e1 72 86 w1 72 107 e2 70 86 w2 70 107 k1 42 107 a1 22 107 t1 20 103 k2 40 107 a2 20 106 t2 18 102",
                "floor");
    }

    private static void pose(String name, String joints, String props) {
        POSES.put(name, joints + "|" + props);
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
                .append(escape("Drawing: " + title)).append("\" class=\"ta-figure\"><title>")
                .append(escape("Drawing: " + title)).append("</title>");
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
