package org.civicledger.gateway.reports;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;

/**
 * Which cells of one additive table a public report withholds (docs/API.md, "Reports: anonymity").
 *
 * <p>The table has {@code rows} rows: the months, then the period's row (each column's sum over the months); and
 * {@code columns} columns: the parts (categories, exchange points; possibly none), then the total column (each
 * row's sum over the parts). Every row with parts and every column is an equation "the parts add up to the
 * total". A cell that is not present is a known zero (nothing happened there) and is never withheld.
 *
 * <p>The rule: (1) primary suppression: a present cell counting 1 to {@code threshold - 1} distinct residents is
 * withheld; (2) complementary suppression: while a withheld cell could be computed from published cells by the
 * equations, more cells are withheld. A withheld cell can be computed exactly when it is a bridge of the graph
 * whose nodes are the equations and whose edges are the withheld cells (each cell joins its row's and its column's
 * equation; a cell of a table without parts joins its column's equation to a free node): only then does every
 * solution of the equations give it the same value. So each withheld cell is put on a cycle of withheld cells, by
 * withholding the cheapest path (sum of 1 + value of the published cells on it) between its two equations. The
 * result is deterministic: same table, same cells withheld.
 */
final class Suppression {
    private final int rows;
    private final int columns;
    private final long[][] values;
    private final long[][] residents;
    private final boolean[][] present;

    /**
     * @param values    each cell's value (points)
     * @param residents each cell's distinct residents
     * @param present   whether the cell exists (something happened there)
     */
    Suppression(long[][] values, long[][] residents, boolean[][] present) {
        this.rows = values.length;
        this.columns = rows == 0 ? 0 : values[0].length;
        this.values = values;
        this.residents = residents;
        this.present = present;
    }

    /** @return which cells to withhold, [row][column] */
    boolean[][] withheld(int threshold) {
        Graph graph = new Graph();
        for (int e = 0; e < graph.size(); e++) {
            long count = residents[graph.row[e]][graph.column[e]];
            graph.withheld[e] = count > 0 && count < threshold;
        }
        boolean again = true;
        while (again) {
            again = false;
            for (int e = 0; e < graph.size(); e++) {
                if (graph.withheld[e] && !graph.hopeless[e] && !graph.onWithheldCycle(e)) {
                    graph.protect(e);
                    again = true;
                }
            }
        }
        boolean[][] out = new boolean[rows][columns];
        for (int e = 0; e < graph.size(); e++) {
            out[graph.row[e]][graph.column[e]] = graph.withheld[e];
        }
        return out;
    }

    /** The equations (nodes) and present cells (edges). */
    private final class Graph {
        final int[] row;
        final int[] column;
        final int[] a;
        final int[] b;
        final long[] cost;
        final boolean[] withheld;
        /** Cells that no other cell can protect (a bridge of the whole table): everything is withheld then. */
        final boolean[] hopeless;
        final List<List<Integer>> edgesAt;
        final int nodes;

        Graph() {
            boolean rowEquations = columns > 1;
            int free = rows + columns;
            nodes = free + 1;
            List<int[]> cells = new ArrayList<>();
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < columns; j++) {
                    if (present[i][j]) {
                        cells.add(new int[] {i, j});
                    }
                }
            }
            int n = cells.size();
            row = new int[n];
            column = new int[n];
            a = new int[n];
            b = new int[n];
            cost = new long[n];
            withheld = new boolean[n];
            hopeless = new boolean[n];
            edgesAt = new ArrayList<>();
            for (int v = 0; v < nodes; v++) {
                edgesAt.add(new ArrayList<>());
            }
            for (int e = 0; e < n; e++) {
                row[e] = cells.get(e)[0];
                column[e] = cells.get(e)[1];
                a[e] = rowEquations ? row[e] : free;
                b[e] = rows + column[e];
                long value = values[row[e]][column[e]];
                cost[e] = value >= Long.MAX_VALUE / 4 ? Long.MAX_VALUE / 4 : Math.max(0, value) + 1;
                edgesAt.get(a[e]).add(e);
                edgesAt.get(b[e]).add(e);
            }
        }

        int size() {
            return row.length;
        }

        int other(int e, int node) {
            return a[e] == node ? b[e] : a[e];
        }

        /** Whether withheld cells other than {@code e} join e's two equations (then e is on a cycle). */
        boolean onWithheldCycle(int e) {
            boolean[] seen = new boolean[nodes];
            ArrayDeque<Integer> queue = new ArrayDeque<>();
            queue.add(a[e]);
            seen[a[e]] = true;
            while (!queue.isEmpty()) {
                int node = queue.poll();
                if (node == b[e]) {
                    return true;
                }
                for (int f : edgesAt.get(node)) {
                    int next = other(f, node);
                    if (f != e && withheld[f] && !seen[next]) {
                        seen[next] = true;
                        queue.add(next);
                    }
                }
            }
            return false;
        }

        /** Withholds the cheapest path of cells (other than e) between e's equations; everything if none. */
        void protect(int e) {
            long[] distance = new long[nodes];
            int[] via = new int[nodes];
            Arrays.fill(distance, Long.MAX_VALUE);
            Arrays.fill(via, -1);
            distance[a[e]] = 0;
            PriorityQueue<long[]> queue = new PriorityQueue<>((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0])
                    : Long.compare(x[1], y[1]));
            queue.add(new long[] {0, a[e]});
            while (!queue.isEmpty()) {
                long[] head = queue.poll();
                int node = (int) head[1];
                if (head[0] > distance[node]) {
                    continue;
                }
                for (int f : edgesAt.get(node)) {
                    if (f == e) {
                        continue;
                    }
                    int next = other(f, node);
                    long through = head[0] + (withheld[f] ? 0 : cost[f]);
                    if (through < distance[next]) {
                        distance[next] = through;
                        via[next] = f;
                        queue.add(new long[] {through, next});
                    }
                }
            }
            if (via[b[e]] < 0) {
                Arrays.fill(withheld, true);
                hopeless[e] = true;
                return;
            }
            for (int node = b[e]; node != a[e]; ) {
                int f = via[node];
                withheld[f] = true;
                node = other(f, node);
            }
        }
    }
}
