import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Draws the Märk-DNA icon and writes it in the formats each OS wants, with nothing but the JDK:
 *
 * <pre>java installer/icon/IconGen.java installer/icon</pre>
 *
 * Output: png/markdna-{16..1024}.png, markdna.png (256, Linux), markdna.ico (Windows:
 * 16-256, BMP entries below 256 for old readers, PNG at 256) and markdna.icns (macOS: PNG
 * entries 16-1024 including the @2x types). The mark: a two-strand helix (white and amber) on
 * a dark teal rounded square, with rungs only where there are enough pixels for them. Small
 * sizes are drawn, not scaled down: thicker strands, fewer rungs, so it still reads at 16 px.
 */
public final class IconGen {

    private static final Color BACKGROUND = new Color(0x0B, 0x4F, 0x6C);
    private static final Color STRAND_A = new Color(0xFF, 0xFF, 0xFF);
    private static final Color STRAND_B = new Color(0xF5, 0xB0, 0x1E);
    private static final Color RUNG = new Color(0x8F, 0xCF, 0xE3);

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : ".");
        Path pngDir = out.resolve("png");
        Files.createDirectories(pngDir);
        int[] sizes = {16, 24, 32, 48, 64, 128, 256, 512, 1024};
        Map<Integer, byte[]> png = new LinkedHashMap<>();
        Map<Integer, BufferedImage> img = new LinkedHashMap<>();
        for (int s : sizes) {
            BufferedImage i = draw(s);
            img.put(s, i);
            png.put(s, toPng(i));
            Files.write(pngDir.resolve("markdna-" + s + ".png"), png.get(s));
        }
        Files.write(out.resolve("markdna.png"), png.get(256));
        Files.write(out.resolve("markdna.ico"), ico(img, png, List.of(16, 24, 32, 48, 64, 128, 256)));
        Files.write(out.resolve("markdna.icns"), icns(png));
        System.out.println("icons written to " + out.toAbsolutePath());
    }

    static BufferedImage draw(int size) {
        BufferedImage image = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        double s = size;
        boolean tiny = size <= 24;
        boolean small = size <= 48;

        // background: a rounded square filling (almost) the whole canvas; macOS-style margin only
        // at large sizes, small sizes need every pixel
        double margin = size >= 128 ? s * 0.06 : 0;
        double box = s - 2 * margin;
        double arc = box * 0.42;
        g.setColor(BACKGROUND);
        g.fill(new RoundRectangle2D.Double(margin, margin, box, box, arc, arc));

        // the helix: vertical, one and a half turns at large sizes, one turn when small
        double top = margin + box * (tiny ? 0.12 : 0.14);
        double bottom = margin + box * (tiny ? 0.88 : 0.86);
        double cx = s / 2;
        double amp = box * (tiny ? 0.27 : 0.25);
        double turns = small ? 1.0 : 1.5;
        double strand = Math.max(2.0, box * (tiny ? 0.15 : small ? 0.12 : 0.10));
        double rungWidth = Math.max(1.0, box * (small ? 0.07 : 0.045));

        // rungs first (behind both strands), where the strands are far apart
        int rungsPerTurn = size <= 16 ? 0 : small ? 2 : 4;
        int rungCount = (int) Math.round(rungsPerTurn * turns);
        g.setColor(RUNG);
        g.setStroke(new BasicStroke((float) rungWidth, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND));
        for (int k = 0; k < rungCount; k++) {
            double t = (k + 0.5) / rungCount;
            double y = top + t * (bottom - top);
            double dx = amp * Math.sin(2 * Math.PI * turns * t);
            if (Math.abs(dx) < amp * 0.45) {
                continue;
            }
            double inset = strand * 0.5;
            double x1 = cx - Math.abs(dx) + inset;
            double x2 = cx + Math.abs(dx) - inset;
            if (x2 > x1) {
                g.draw(new java.awt.geom.Line2D.Double(x1, y, x2, y));
            }
        }

        // strands: drawn from peak to peak, so each segment holds one crossing, and the strand in
        // front alternates from crossing to crossing like a real helix
        int halfTurns = (int) Math.round(turns * 2);
        List<Double> cuts = new java.util.ArrayList<>();
        cuts.add(0.0);
        for (int h = 0; h < halfTurns; h++) {
            cuts.add((h + 0.5) / halfTurns);
        }
        cuts.add(1.0);
        g.setStroke(new BasicStroke((float) strand, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        for (int k = 0; k + 1 < cuts.size(); k++) {
            Path2D a = strand(cx, top, bottom, amp, turns, cuts.get(k), cuts.get(k + 1), +1);
            Path2D b = strand(cx, top, bottom, amp, turns, cuts.get(k), cuts.get(k + 1), -1);
            boolean aInFront = k % 2 == 0;
            g.setColor(aInFront ? STRAND_B : STRAND_A);
            g.draw(aInFront ? b : a);
            g.setColor(aInFront ? STRAND_A : STRAND_B);
            g.draw(aInFront ? a : b);
        }
        g.dispose();
        return image;
    }

    private static Path2D strand(double cx, double top, double bottom, double amp, double turns,
            double t0, double t1, int sign) {
        Path2D p = new Path2D.Double();
        int steps = 48;
        for (int i = 0; i <= steps; i++) {
            double t = t0 + (t1 - t0) * i / steps;
            double x = cx + sign * amp * Math.sin(2 * Math.PI * turns * t);
            double y = top + t * (bottom - top);
            if (i == 0) {
                p.moveTo(x, y);
            } else {
                p.lineTo(x, y);
            }
        }
        return p;
    }

    static byte[] toPng(BufferedImage i) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        ImageIO.write(i, "png", b);
        return b.toByteArray();
    }

    /** Windows ICO: 32-bit BGRA DIB entries (with AND mask) below 256 px, PNG at 256 px. */
    static byte[] ico(Map<Integer, BufferedImage> img, Map<Integer, byte[]> png, List<Integer> sizes)
            throws IOException {
        List<byte[]> data = new java.util.ArrayList<>();
        for (int s : sizes) {
            data.add(s >= 256 ? png.get(s) : dib(img.get(s)));
        }
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LittleEndian le = new LittleEndian(b);
        le.u16(0);
        le.u16(1);
        le.u16(sizes.size());
        int offset = 6 + 16 * sizes.size();
        for (int k = 0; k < sizes.size(); k++) {
            int s = sizes.get(k);
            b.write(s >= 256 ? 0 : s);
            b.write(s >= 256 ? 0 : s);
            b.write(0); // palette
            b.write(0); // reserved
            le.u16(1); // planes
            le.u16(32); // bits per pixel
            le.u32(data.get(k).length);
            le.u32(offset);
            offset += data.get(k).length;
        }
        for (byte[] d : data) {
            b.write(d);
        }
        return b.toByteArray();
    }

    private static byte[] dib(BufferedImage i) {
        int s = i.getWidth();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        LittleEndian le = new LittleEndian(b);
        int maskRow = ((s + 31) / 32) * 4;
        le.u32(40);
        le.u32(s);
        le.u32(s * 2); // XOR image + AND mask
        le.u16(1);
        le.u16(32);
        le.u32(0); // BI_RGB
        le.u32(s * s * 4 + maskRow * s);
        le.u32(0);
        le.u32(0);
        le.u32(0);
        le.u32(0);
        for (int y = s - 1; y >= 0; y--) {
            for (int x = 0; x < s; x++) {
                int argb = i.getRGB(x, y);
                b.write(argb & 0xFF);
                b.write((argb >> 8) & 0xFF);
                b.write((argb >> 16) & 0xFF);
                b.write((argb >>> 24) & 0xFF);
            }
        }
        for (int y = s - 1; y >= 0; y--) {
            byte[] row = new byte[maskRow];
            for (int x = 0; x < s; x++) {
                if ((i.getRGB(x, y) >>> 24) == 0) {
                    row[x / 8] |= (byte) (0x80 >> (x % 8));
                }
            }
            b.writeBytes(row);
        }
        return b.toByteArray();
    }

    /** macOS ICNS: PNG entries for every type macOS 10.7+ reads. */
    static byte[] icns(Map<Integer, byte[]> png) throws IOException {
        Object[][] types = {
            {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256},
            {"ic09", 512}, {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512},
        };
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        DataOutputStream d = new DataOutputStream(body);
        for (Object[] t : types) {
            byte[] p = png.get((Integer) t[1]);
            d.writeBytes((String) t[0]);
            d.writeInt(p.length + 8);
            d.write(p);
        }
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        DataOutputStream a = new DataOutputStream(all);
        a.writeBytes("icns");
        a.writeInt(body.size() + 8);
        a.write(body.toByteArray());
        return all.toByteArray();
    }

    private record LittleEndian(ByteArrayOutputStream b) {
        void u16(int v) {
            b.write(v & 0xFF);
            b.write((v >> 8) & 0xFF);
        }

        void u32(int v) {
            u16(v & 0xFFFF);
            u16((v >>> 16) & 0xFFFF);
        }
    }
}
