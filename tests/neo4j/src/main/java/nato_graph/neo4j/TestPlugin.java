package nato_graph.neo4j;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.util.stream.Stream;
import org.neo4j.procedure.Description;
import org.neo4j.procedure.Mode;
import org.neo4j.procedure.Name;
import org.neo4j.procedure.Procedure;
import org.neo4j.procedure.UserFunction;

/**
 * A stand-in for a plugin that reaches out (APOC's apoc.load.*, say), registered only on the
 * tests' own server ({@code neo4jctl.py run}): a function and a read procedure that each open
 * a TCP connection to 127.0.0.1:PORT and close it. They reach nothing beyond loopback, and
 * {@code make neo4j-up} leaves them out.
 */
public final class TestPlugin {
    /** One row of {@code natograph.test.knocked}. */
    public static final class Knocked {
        public final Boolean ok;

        public Knocked(Boolean ok) {
            this.ok = ok;
        }
    }

    @UserFunction("natograph.test.knock")
    @Description("Open a TCP connection to 127.0.0.1:port and close it; true when one opened.")
    public Boolean knock(@Name("port") Long port) {
        return knocked(port.intValue());
    }

    @Procedure(name = "natograph.test.knocked", mode = Mode.READ)
    @Description("Open a TCP connection to 127.0.0.1:port and close it; ok when one opened.")
    public Stream<Knocked> knockedProcedure(@Name("port") Long port) {
        return Stream.of(new Knocked(knocked(port.intValue())));
    }

    private static boolean knocked(int port) {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), port)) {
            return true;
        } catch (IOException refused) {
            return false;
        }
    }
}
