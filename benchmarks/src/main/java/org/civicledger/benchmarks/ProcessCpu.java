package org.civicledger.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * CPU time of the processes taking part in a Fabric run, from {@code /proc/<pid>/stat} (user + system
 * time), and of the whole machine from {@code /proc/stat}: a snapshot before and after a round gives
 * each process's average number of cores busy during it, and what the rest of the machine used.
 */
final class ProcessCpu {
    private static final double TICKS_PER_SECOND = ticksPerSecond();

    private final Map<String, Long> pids = new LinkedHashMap<>();

    /** A snapshot: CPU ticks per process, the machine's busy ticks, and when it was taken. */
    record Snapshot(Map<String, Long> ticks, long machineBusy, long nanos) {
    }

    /** The network's processes from its PID files ({@code <name>.pid}: "pid starttime"), then the load generator. */
    static ProcessCpu of(Path pidsDir) throws IOException {
        ProcessCpu cpu = new ProcessCpu();
        if (Files.isDirectory(pidsDir)) {
            try (Stream<Path> files = Files.list(pidsDir)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".pid")).sorted().toList()) {
                    String name = f.getFileName().toString().replaceFirst("\\.pid$", "");
                    cpu.pids.put(name, Long.parseLong(Files.readString(f).trim().split("\\s+")[0]));
                }
            }
        }
        cpu.pids.put("load-generator", ProcessHandle.current().pid());
        return cpu;
    }

    ProcessCpu with(String name, long pid) {
        ProcessCpu copy = new ProcessCpu();
        copy.pids.putAll(pids);
        copy.pids.put(name, pid);
        return copy;
    }

    Snapshot snapshot() {
        Map<String, Long> ticks = new LinkedHashMap<>();
        pids.forEach((name, pid) -> ticks.put(name, processTicks(pid)));
        return new Snapshot(ticks, machineBusyTicks(), System.nanoTime());
    }

    /** Cores busy per process (and group, machine, others) between two snapshots. */
    static Map<String, Double> cores(Snapshot before, Snapshot after) {
        double seconds = (after.nanos() - before.nanos()) / 1e9;
        Map<String, Double> perProcess = new LinkedHashMap<>();
        before.ticks().forEach((name, t0) -> {
            Long t1 = after.ticks().get(name);
            if (t0 >= 0 && t1 != null && t1 >= t0) {
                perProcess.put(name, (t1 - t0) / TICKS_PER_SECOND / seconds);
            }
        });
        Map<String, Double> out = new LinkedHashMap<>();
        for (String group : List.of("orderer", "peer0.", "chaincode.", "chaincode-put.", "gateway", "load-generator")) {
            double sum = perProcess.entrySet().stream().filter(e -> e.getKey().startsWith(group))
                    .mapToDouble(Map.Entry::getValue).sum();
            if (perProcess.keySet().stream().anyMatch(k -> k.startsWith(group))) {
                out.put(groupName(group), sum);
            }
        }
        double ours = perProcess.values().stream().mapToDouble(d -> d).sum();
        double machine = (after.machineBusy() - before.machineBusy()) / TICKS_PER_SECOND / seconds;
        out.put("measured", ours);
        out.put("machine", machine);
        out.put("others", Math.max(0, machine - ours));
        perProcess.forEach((name, c) -> out.put(name, c));
        return out;
    }

    /** One line: groups, machine, then every process, in cores. */
    static String describe(Map<String, Double> cores) {
        StringBuilder text = new StringBuilder();
        cores.forEach((name, c) -> text.append(name).append('=').append(String.format(Locale.ROOT, "%.2f", c))
                .append(' '));
        return text.toString().trim();
    }

    private static String groupName(String prefix) {
        return switch (prefix) {
            case "orderer" -> "orderers";
            case "peer0." -> "peers";
            case "chaincode." -> "civic-chaincode";
            case "chaincode-put." -> "put-chaincode";
            default -> prefix;
        } + "(sum)";
    }

    private static long processTicks(long pid) {
        try {
            String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            return Long.parseLong(fields[11]) + Long.parseLong(fields[12]); // utime, stime (fields 14, 15)
        } catch (IOException | RuntimeException e) {
            return -1; // not running
        }
    }

    private static long machineBusyTicks() {
        try (Stream<String> lines = Files.lines(Path.of("/proc/stat"))) {
            String[] f = lines.filter(l -> l.startsWith("cpu ")).findFirst().orElseThrow().trim().split("\\s+");
            long busy = 0;
            for (int i = 1; i < f.length; i++) {
                if (i != 4 && i != 5 && i <= 8) { // user nice system [idle iowait] irq softirq steal
                    busy += Long.parseLong(f[i]);
                }
            }
            return busy;
        } catch (IOException | RuntimeException e) {
            return 0;
        }
    }

    private static double ticksPerSecond() {
        try {
            Process p = new ProcessBuilder("getconf", "CLK_TCK").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes()).trim();
            p.waitFor();
            return Double.parseDouble(out);
        } catch (IOException | RuntimeException | InterruptedException e) {
            return 100;
        }
    }
}
