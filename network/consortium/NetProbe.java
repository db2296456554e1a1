import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Arrays;

/**
 * The network probe of hosts-selftest.sh, run as a single-file source program ({@code java NetProbe.java ...})
 * inside a host's namespace, so that it also shows what a JVM there resolves.
 * <pre>
 *   serve PORT                 echo server on every address of the host, one thread per connection
 *   reach HOST PORT TIMEOUT_MS exit 0 when one byte sent to HOST:PORT comes back within TIMEOUT_MS, else 1
 *   rtt HOST PORT COUNT        median and minimum round trip of one byte over one connection, in ms
 *   resolve NAME               the address the JVM's resolver gives for NAME
 * </pre>
 */
public final class NetProbe {
    private NetProbe() {
    }

    public static void main(String[] args) throws Exception {
        switch (args.length > 0 ? args[0] : "") {
            case "serve" -> serve(Integer.parseInt(args[1]));
            case "reach" -> System.exit(reach(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3])));
            case "rtt" -> rtt(args[1], Integer.parseInt(args[2]), Integer.parseInt(args[3]));
            case "resolve" -> System.out.println(InetAddress.getByName(args[1]).getHostAddress());
            default -> {
                System.err.println("usage: NetProbe serve PORT | reach HOST PORT TIMEOUT_MS | rtt HOST PORT COUNT | resolve NAME");
                System.exit(2);
            }
        }
    }

    private static void serve(int port) throws IOException {
        try (ServerSocket server = new ServerSocket()) {
            server.setReuseAddress(true);
            server.bind(new InetSocketAddress(port));
            while (true) {
                Socket socket = server.accept();
                Thread worker = new Thread(() -> echo(socket));
                worker.setDaemon(true);
                worker.start();
            }
        }
    }

    private static void echo(Socket socket) {
        try (socket; InputStream in = socket.getInputStream(); OutputStream out = socket.getOutputStream()) {
            socket.setTcpNoDelay(true);
            byte[] buffer = new byte[8192];
            for (int n; (n = in.read(buffer)) > 0; ) {
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException closed) {
            // the client went away: nothing to do
        }
    }

    private static int reach(String host, int port, int timeoutMs) {
        try (Socket socket = connect(host, port, timeoutMs)) {
            socket.getOutputStream().write(1);
            if (socket.getInputStream().read() != 1) {
                System.out.println("no echo from " + host + ":" + port);
                return 1;
            }
            System.out.println("reached " + host + ":" + port);
            return 0;
        } catch (IOException e) {
            System.out.println("cannot reach " + host + ":" + port + ": " + e);
            return 1;
        }
    }

    private static void rtt(String host, int port, int count) throws IOException {
        try (Socket socket = connect(host, port, 5000)) {
            OutputStream out = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            double[] ms = new double[count];
            for (int i = -3; i < count; i++) { // three warm-up round trips
                long start = System.nanoTime();
                out.write(7);
                out.flush();
                if (in.read() != 7) {
                    throw new IOException("no echo from " + host + ":" + port);
                }
                if (i >= 0) {
                    ms[i] = (System.nanoTime() - start) / 1e6;
                }
            }
            Arrays.sort(ms);
            System.out.printf("median %.1f min %.1f%n", ms[count / 2], ms[0]);
        }
    }

    private static Socket connect(String host, int port, int timeoutMs) throws IOException {
        Socket socket = new Socket();
        try {
            socket.setTcpNoDelay(true);
            socket.setSoTimeout(timeoutMs);
            socket.connect(new InetSocketAddress(host, port), timeoutMs);
            return socket;
        } catch (IOException e) {
            socket.close();
            throw e;
        }
    }
}
