package se.markdna.ui.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.TextField;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;
import se.markdna.i18n.Messages;
import se.markdna.persistence.Database;
import se.markdna.service.AppServices;

/**
 * The connect dialog on its own (headless Monocle), with a connector that records what it was
 * given instead of reaching a server: the checks before connecting, what a refusal looks like,
 * the disabled buttons while connecting, and that the password never stays in the field.
 */
@ExtendWith(ApplicationExtension.class)
class ConnectDialogTest {

    private final Messages sv = new Messages(Messages.SWEDISH);
    private final List<ConnectDialogModel.Form> asked = new CopyOnWriteArrayList<>();
    private final List<String> passwords = new CopyOnWriteArrayList<>();
    private final AtomicReference<ConnectDialogModel.Outcome> answer = new AtomicReference<>();
    private final AtomicReference<CountDownLatch> hold = new AtomicReference<>();
    private final AtomicReference<AppServices> connected = new AtomicReference<>();
    private final AtomicBoolean cancelled = new AtomicBoolean();
    private Stage owner;
    private ConnectDialog dialog;

    @Start
    void start(Stage stage) {
        javafx.application.Application.setUserAgentStylesheet(
                getClass().getResource("/atlantafx/base/theme/primer-light.css").toExternalForm());
        owner = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.StackPane(), 800, 600));
        stage.show();
    }

    @AfterEach
    void closeDialog(FxRobot robot) {
        if (dialog != null && dialog.isShowing()) {
            robot.interact(() -> {
                dialog.setResult(null);
                dialog.close();
            });
        }
    }

    private ConnectDialogModel.Outcome connect(ConnectDialogModel.Form form, char[] password) throws InterruptedException {
        asked.add(form);
        passwords.add(new String(password));
        CountDownLatch latch = hold.get();
        if (latch != null) {
            latch.await(20, TimeUnit.SECONDS);
        }
        return answer.get();
    }

    private void open(FxRobot robot, ConnectDialogModel.Form prefill) {
        robot.interact(() -> {
            ConnectDialogModel model = new ConnectDialogModel(sv, (form, pw) -> {
                try {
                    return connect(form, pw);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            }).prefill(prefill);
            dialog = new ConnectDialog(model, sv, owner, connected::set, () -> cancelled.set(true));
            dialog.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void waitUntil(Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static void type(FxRobot robot, String id, String text) {
        robot.interact(() -> robot.lookup(id).queryAs(TextField.class).setText(text));
    }

    private static String error(FxRobot robot, String field) {
        Label l = robot.lookup("#connect-error-" + field).queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private static String message(FxRobot robot) {
        Label l = robot.lookup("#connect-message").queryAs(Label.class);
        return l.isVisible() ? l.getText() : "";
    }

    private static PasswordField password(FxRobot robot) {
        return robot.lookup("#connect-password").queryAs(PasswordField.class);
    }

    private void clickConnect(FxRobot robot) {
        robot.clickOn("#connect-ok");
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theFieldsAreLabelledInSwedishWithPort5432AndVerifyFullByDefault(FxRobot robot) {
        open(robot, null);
        assertThat(dialog.getTitle()).isEqualTo("Anslut till delad databas");
        assertThat(robot.lookup("#connect-port").queryAs(TextField.class).getText()).isEqualTo("5432");
        @SuppressWarnings("unchecked")
        ComboBox<String> mode = robot.lookup("#connect-sslmode").queryAs(ComboBox.class);
        assertThat(mode.getValue()).isEqualTo("verify-full");
        assertThat(mode.getItems()).containsExactly("verify-full", "verify-ca", "require");
        assertThat(robot.lookup("#connect-ok").queryButton().getText()).isEqualTo("Anslut");
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Användare".equals(l.getText()))
                .tryQuery()).isPresent();
        assertThat(robot.lookup((javafx.scene.Node n) -> n instanceof Label l && "Lösenord".equals(l.getText()))
                .tryQuery()).isPresent();
    }

    @Test
    void anEmptyHostAndUserAreRefusedBeforeAnythingIsSent(FxRobot robot) {
        open(robot, null);
        type(robot, "#connect-database", "markdna");
        robot.clickOn("#connect-password").write("hemligt");
        clickConnect(robot);

        assertThat(error(robot, "host")).isEqualTo("Ange serverns namn eller adress.");
        assertThat(error(robot, "user")).isEqualTo("Ange användarnamnet.");
        assertThat(error(robot, "port")).isEmpty();
        assertThat(error(robot, "database")).isEmpty();
        assertThat(asked).isEmpty();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(password(robot).getText()).isEmpty();
        assertThat(connected.get()).isNull();
        assertThat(cancelled.get()).isFalse();
    }

    @Test
    void aPortThatIsNotANumberIsRefusedAndCorrectingItClearsTheMessage(FxRobot robot) {
        open(robot, null);
        type(robot, "#connect-host", "db.lund.se");
        type(robot, "#connect-database", "markdna");
        type(robot, "#connect-user", "anna");
        type(robot, "#connect-port", "femtio");
        robot.clickOn("#connect-password").write("hemligt");
        clickConnect(robot);
        assertThat(error(robot, "port")).isEqualTo("Porten måste vara ett heltal mellan 1 och 65535.");
        assertThat(error(robot, "host")).isEmpty();
        type(robot, "#connect-port", "70000");
        robot.clickOn("#connect-password").write("hemligt");
        clickConnect(robot);
        assertThat(error(robot, "port")).isEqualTo("Porten måste vara ett heltal mellan 1 och 65535.");
        assertThat(asked).isEmpty();

        answer.set(ConnectDialogModel.Outcome.refused("nej"));
        type(robot, "#connect-port", "6543");
        robot.clickOn("#connect-password").write("hemligt");
        clickConnect(robot);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(error(robot, "port")).isEmpty();
    }

    @Test
    void aMissingPasswordOrCaFileIsSaidPlainly(FxRobot robot) {
        open(robot, new ConnectDialogModel.Form("db.lund.se", 5432, "markdna", "anna", "verify-ca", null));
        type(robot, "#connect-cafile", "/finns/inte/ca.crt");
        clickConnect(robot);
        assertThat(error(robot, "password")).isEqualTo("Ange lösenordet.");
        assertThat(error(robot, "caFile")).isEqualTo("Filen finns inte: /finns/inte/ca.crt");
        assertThat(asked).isEmpty();
    }

    @Test
    void aRefusalIsShownInTheDialogWhichStaysOpenWithAnEmptyPasswordField(FxRobot robot) throws Exception {
        Path ca = Files.createTempFile("ca", ".crt");
        open(robot, new ConnectDialogModel.Form("db.lund.se", 5433, "markdna", "anna", "verify-full", ca));
        String refusal = sv.get("db.error.CONNECTION", "postgresql://anna@db.lund.se:5433/markdna");
        answer.set(ConnectDialogModel.Outcome.refused(refusal));
        robot.clickOn("#connect-password").write("fel-lösen");
        clickConnect(robot);
        waitUntil(() -> !message(robot).isEmpty());

        assertThat(message(robot)).isEqualTo(refusal).startsWith("Kunde inte ansluta till den delade databasen");
        assertThat(asked).singleElement().isEqualTo(
                new ConnectDialogModel.Form("db.lund.se", 5433, "markdna", "anna", "verify-full", ca));
        assertThat(passwords).containsExactly("fel-lösen");
        assertThat(password(robot).getText()).isEmpty();
        assertThat(dialog.isShowing()).isTrue();
        assertThat(robot.lookup("#connect-ok").queryButton().isDisabled()).isFalse();
        assertThat(connected.get()).isNull();
        assertThat(cancelled.get()).isFalse();
        Files.deleteIfExists(ca);
    }

    @Test
    void whileConnectingTheButtonsAreDisabledAndASpinnerShowsThenTheServicesAreHandedOver(FxRobot robot)
            throws Exception {
        Path dir = Files.createTempDirectory("connect-dialog");
        AppServices services = new AppServices(Database.open(dir.resolve("register.db")), () -> "test",
                Clock.systemDefaultZone());
        answer.set(ConnectDialogModel.Outcome.connected(services));
        CountDownLatch latch = new CountDownLatch(1);
        hold.set(latch);
        open(robot, new ConnectDialogModel.Form("db.lund.se", 5432, "markdna", "anna", "require", null));
        robot.clickOn("#connect-password").write("rätt");
        clickConnect(robot);
        waitUntil(() -> asked.size() == 1);

        Button ok = robot.lookup("#connect-ok").queryButton();
        Button cancel = robot.lookup("#connect-cancel").queryButton();
        assertThat(ok.isDisabled()).isTrue();
        assertThat(cancel.isDisabled()).isTrue();
        assertThat(robot.lookup("#connect-host").queryAs(TextField.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#connect-progress").queryAs(Label.class).isVisible()).isTrue();
        assertThat(password(robot).getText()).isEmpty();

        latch.countDown();
        waitUntil(() -> connected.get() != null);
        assertThat(connected.get()).isSameAs(services);
        assertThat(dialog.isShowing()).isFalse();
        assertThat(cancelled.get()).isFalse();
        assertThat(passwords).containsExactly("rätt");
    }

    @Test
    void cancellingSaysSo(FxRobot robot) throws Exception {
        open(robot, null);
        robot.clickOn("#connect-cancel");
        waitUntil(cancelled::get);
        assertThat(connected.get()).isNull();
        assertThat(asked).isEmpty();
    }
}
