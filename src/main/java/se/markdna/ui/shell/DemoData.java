package se.markdna.ui.shell;

import java.util.Map;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/** Loads the Lund demo data off the FX thread, then shows the overview with the new figures. */
public final class DemoData {

    private DemoData() {
    }

    /** From the File menu: asks first. */
    public static void loadAsking(UiContext ctx) {
        boolean yes = ctx.dialogs().confirm(ctx.text("ui.demo.confirm.title"),
                ctx.text("ui.demo.confirm.header"), ctx.text("ui.demo.confirm.text"),
                ctx.text("ui.demo.confirm.ok"));
        if (yes) {
            load(ctx, ctx.shell());
        }
    }

    /** From the welcome screen (the user has just chosen it): no question. */
    public static void load(UiContext ctx, Shell shell) {
        shell.runWithProgress(ctx.text("ui.demo.progress"), () -> ctx.services().demo().load(true),
                (Map<String, Long> counts) -> {
                    shell.dataChanged();
                    shell.navigate("overview");
                    shell.notify(ctx.text("ui.demo.done",
                            counts.getOrDefault("properties", 0L),
                            counts.getOrDefault("sprayers", 0L)));
                });
    }
}
