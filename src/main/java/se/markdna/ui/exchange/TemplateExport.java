package se.markdna.ui.exchange;

import se.markdna.ui.common.CornerNotice;
import se.markdna.ui.common.FileOpener;

import java.nio.file.Path;
import java.util.Optional;
import se.markdna.ui.common.BackgroundTask;
import se.markdna.ui.common.ErrorHandler;
import se.markdna.ui.common.Shell;
import se.markdna.ui.common.UiContext;

/**
 * File › Exportera tom mall…: asks where, writes the empty import template in the background (its
 * district dropdowns come from the database), then announces it with "Öppna" and "Visa i mapp".
 */
public final class TemplateExport {

    private TemplateExport() {
    }

    public static void start(UiContext ctx, Shell shell) {
        start(ctx, shell, FilePicker.fx(ctx.messages()), DoneNotice.fx(ctx, shell, new FileOpener()));
    }

    public static void start(UiContext ctx, Shell shell, FilePicker picker, DoneNotice notice) {
        Path suggested = ExchangeWindows.documents().resolve(ctx.text("exchange.template.fileName"));
        Optional<Path> chosen = picker.saveWorkbook(shell.window(), ctx.text("exchange.template.title"), suggested);
        if (chosen.isEmpty()) {
            return;
        }
        Path target = chosen.get();
        shell.notify(ctx.text("exchange.template.progress"));
        BackgroundTask.ofRunnable(() -> {
            try {
                ctx.services().templates().write(target, ctx.messages().isEnglish());
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }).onSuccess(v -> notice.show(ctx.text("exchange.template.doneTitle"),
                ctx.text("exchange.template.doneIn", target.getFileName(),
                        target.toAbsolutePath().getParent()), target))
                .onFailure(error -> {
                    String text = new FileProblems(ctx.messages()).writing(error, target);
                    if (text == null) {
                        ErrorHandler.handle(error);
                    } else {
                        ctx.dialogs().error(ctx.text("exchange.template.title"), text);
                    }
                }).start();
    }
}
