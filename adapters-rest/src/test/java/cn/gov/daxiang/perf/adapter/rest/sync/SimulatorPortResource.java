package cn.gov.daxiang.perf.adapter.rest.sync;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.Map;

/**
 * Chooses a free port for the provincial-platform simulator before the application starts and points the sync's
 * REST client at it. The port travels as a system property, so the tests find it whatever class loader they run
 * in; {@link SyncFixture#simulator()} starts the simulator there when a test first needs it.
 */
public class SimulatorPortResource implements QuarkusTestResourceLifecycleManager {

    public static final String PORT_PROPERTY = "perf.test.simulator.port";

    @Override
    public Map<String, String> start() {
        String port = System.getProperty(PORT_PROPERTY);
        if (port == null) {
            try (ServerSocket socket = new ServerSocket(0)) {
                port = Integer.toString(socket.getLocalPort());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            System.setProperty(PORT_PROPERTY, port);
        }
        return Map.of("quarkus.rest-client.provincial-platform.url", "http://127.0.0.1:" + port);
    }

    @Override
    public void stop() {
        // the simulator lives as long as the test JVM
    }
}
